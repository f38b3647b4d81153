#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The Simplified Chinese translation must be complete in every change (DEVELOPERS.md): a test
// fails on unfinished or empty entries, and on numerus entries without their form.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete()
    {
        const QString path = QStringLiteral(WC_SOURCE_DIR "/translations/workspaceconsole_zh_CN.ts");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList problems;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    problems << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 100, "the translation file looks truncated");
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(problems.size())
                                                + problems.join(QLatin1Char('\n'))));
    }

    void placeholdersAreKept()
    {
        // A translation that drops %1 shows the user a wrong message; check both sides use the
        // same placeholders.
        QFile file(QStringLiteral(WC_SOURCE_DIR "/translations/workspaceconsole_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [&](const QString &s) {
            QStringList found;
            auto it = placeholder.globalMatch(s);
            while (it.hasNext())
                found << it.next().captured(0);
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QString source;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (placeholders(source) != placeholders(text))
                    problems << source + QStringLiteral(" -> ") + text;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
