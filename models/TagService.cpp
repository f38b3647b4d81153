#include "models/TagService.h"

#include "models/Database.h"
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
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"));
        q.addBindValue(workspaceId);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        if (!q.next())
            return Status::failure(Field::General, tr("The workspace no longer exists."), ErrorCode::NotFound);
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM workspace_tags WHERE workspace_id = ?"));
        q.addBindValue(workspaceId);
        if (Status s = Database::exec(q); !s.ok())
            return s;
        for (int i = 0; i < tags.size(); ++i) {
            q.prepare(QStringLiteral("INSERT INTO workspace_tags (workspace_id, position, key, value) VALUES (?, ?, ?, ?)"));
            q.addBindValue(workspaceId);
            q.addBindValue(i);
            q.addBindValue(tags.at(i).key);
            // A null QString would bind as SQL NULL; an empty value is stored as ''.
            q.addBindValue(tags.at(i).value.isNull() ? QStringLiteral("") : tags.at(i).value);
            if (Status s = Database::exec(q); !s.ok())
                return s;
        }
        return {};
    });
}
