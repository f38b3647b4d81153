#include "models/TagService.h"

#include "models/Database.h"
#include "models/Query.h"
#include "models/Permissions.h"
#include "models/TagRules.h"

#include <QSqlQuery>
#include <QVariant>

Status TagService::setTags(const Identity &who, const QString &workspaceId, const TagList &tags)
{
    if (Status allowed = Permissions::canManageWorkspaces(who); !allowed.ok())
        return allowed;
    if (Status valid = TagRules::validate(tags); !valid.ok())
        return valid;
    return m_db.write([&]() -> Status {
        m_db.noteChange(Change::Kind::Tags, workspaceId);
        m_db.noteChange(Change::Kind::WorkspaceChanged, workspaceId); // the list shows the tags
        const Result<bool> exists = Query::exists(m_db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"),
                                                  {workspaceId}, tr("Could not read the workspace."));
        if (!exists.ok())
            return exists;
        if (!exists.value())
            return Status::failure(Field::General, tr("The workspace no longer exists."), ErrorCode::NotFound);
        QSqlQuery q(m_db.connection());
        if (Status s = Database::exec(q, QStringLiteral("DELETE FROM workspace_tags WHERE workspace_id = ?"), {workspaceId},
                                      Database::changeNotSaved());
            !s.ok())
            return s;
        for (int i = 0; i < tags.size(); ++i) {
            // A null QString would bind as SQL NULL; an empty value is stored as ''.
            if (Status s = Database::exec(q, QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value)"
                                                            " VALUES (?, ?, ?, ?)"),
                                          {workspaceId, i, tags.at(i).key,
                                           tags.at(i).value.isNull() ? QStringLiteral("") : tags.at(i).value},
                                          Database::changeNotSaved());
                !s.ok())
                return s;
        }
        return {};
    });
}
