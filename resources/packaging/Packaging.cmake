# CPack: `cpack -G DEB` in the build folder makes workspace-console_<version>_<arch>.deb.
# dpkg-shlibdeps computes the library dependencies; what is loaded at run time without being
# linked (the SQLite driver, the SVG icon engine plugin) is listed by hand.
set(CPACK_PACKAGE_NAME "workspace-console")
set(CPACK_PACKAGE_VENDOR "Workspace Console maintainers")
set(CPACK_PACKAGE_CONTACT "Workspace Console maintainers <maintainers@users.noreply.r-seed-df7309b0.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage EMR Serverless Spark workspaces offline")
# The extended description (Debian: lines under 80 characters; the summary is the synopsis).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Workspace Console is a desktop version of the Manage workspaces pages of"
    "a cloud console for EMR Serverless Spark: a workspace list with action"
    "menus, Create Workspace, deletion, quota changes, tags, members, queues"
    "and data catalogs, in English and Simplified Chinese. Its cloud is a local"
    "SQLite database that starts with a demo account.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${WC_PROJECT_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk, qt6-translations-l10n")
# Directories owned by other packages get the usual modes; lintian checks them.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
