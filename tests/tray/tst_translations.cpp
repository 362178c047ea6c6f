// The translations in translations/*.ts (issue #8): every file complete (no unfinished, vanished or
// empty entries), every translation keeps the source's placeholders (%1 %2 … and %n), its
// accelerator (&), its HTML tags and its leading/trailing spaces and line breaks, and the files are
// up to date with the sources (lupdate over tray/, service/ and shared/ finds no text they lack and
// none they should have dropped). The up-to-date check needs lupdate (qt6-l10n-tools).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;           // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;      // the translation, or its numerus forms
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString translationsDir()
{
    return QStringLiteral(MLC_SOURCE_DIR "/translations");
}

// %1..%99 and %n, as a sorted list (a placeholder used twice must stay twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// The accelerator letters marked with a single '&' ("&&" is a literal ampersand).
int accelerators(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++n;
    }
    return n;
}

QStringList htmlTags(const QString &text)
{
    // Rich-text tags only: "<command>" in the command line's usage is a placeholder word.
    static const QRegularExpression re(
        QStringLiteral("</?(p|br|b|i|u|a|em|strong|tt|code|pre|ul|ol|li|table|tr|td|th|span|div|h[1-6]|hr|img|nobr|qt|html|body)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

QString leading(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return s.left(i);
}

QString trailing(const QString &s)
{
    qsizetype i = s.size();
    while (i > 0 && s.at(i - 1).isSpace())
        --i;
    return s.mid(i);
}

// The lupdate that made the files: the one CMake knows, else Qt 6's usual place.
QString lupdate()
{
    const QStringList candidates{QStringLiteral(MLC_LUPDATE), QStringLiteral("/usr/lib/qt6/bin/lupdate")};
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isExecutable())
            return c;
    }
    return {};
}

using Key = QPair<QString, QString>; // context, source

QSet<Key> keys(const TsFile &ts)
{
    QSet<Key> out;
    for (const Message &m : ts.messages)
        out.insert({m.context, m.source});
    return out;
}

QString describe(const QSet<Key> &set)
{
    QStringList lines;
    for (const Key &k : set)
        lines << QStringLiteral("  [%1] %2").arg(k.first, k.second.left(120));
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("plurals"); // numerus forms the language has
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("es") << QStringLiteral("es") << 2;
    QTest::newRow("en (plural forms only)") << QStringLiteral("en") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(int, plurals);
    const TsFile ts = readTs(QDir(translationsDir()).filePath(QStringLiteral("ml-connector_%1.ts").arg(language)));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QVERIFY(!ts.messages.isEmpty());

    QStringList problems;
    QSet<Key> seen;
    for (const Message &m : ts.messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
        if (seen.contains({m.context, m.source}))
            problems << where + QStringLiteral(": listed twice");
        seen.insert({m.context, m.source});
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(": type=\"%1\"").arg(m.type);
            continue;
        }
        if (language == QLatin1String("en") && !m.numerus)
            problems << where + QStringLiteral(": the English file holds plural forms only");
        if (m.numerus && m.forms.size() != plurals)
            problems << where + QStringLiteral(": %1 plural forms, %2 expected").arg(m.forms.size()).arg(plurals);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            const QString what = where + QStringLiteral(" -> \"%1\"").arg(form.left(80));
            QStringList expected = placeholders(m.source);
            QStringList got = placeholders(form);
            if (m.numerus) {
                // %n may appear once in every form; the numbered placeholders must match exactly.
                expected.removeAll(QStringLiteral("%n"));
                const bool hasN = got.removeAll(QStringLiteral("%n")) > 0;
                if (!hasN)
                    problems << what + QStringLiteral(": %n missing");
            }
            if (expected != got)
                problems << what + QStringLiteral(": placeholders %1, source has %2")
                                       .arg(got.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')));
            if (accelerators(m.source) != accelerators(form))
                problems << what + QStringLiteral(": %1 accelerator(s) '&', source has %2")
                                       .arg(accelerators(form))
                                       .arg(accelerators(m.source));
            if (htmlTags(m.source) != htmlTags(form))
                problems << what + QStringLiteral(": HTML tags differ from the source");
            if (leading(m.source) != leading(form) || trailing(m.source) != trailing(form))
                problems << what + QStringLiteral(": leading/trailing spaces or line breaks differ from the source");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in ml-connector_%2.ts:\n%3")
                                                .arg(problems.size())
                                                .arg(language, problems.join(QLatin1Char('\n')))));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

// lupdate over a copy: the copy must list exactly the texts the committed file lists.
void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    const QString tool = lupdate();
    if (tool.isEmpty())
        QSKIP("lupdate not installed (qt6-l10n-tools): cannot check that the .ts files are up to date");
    const QString name = QStringLiteral("ml-connector_%1.ts").arg(language);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(name);
    QVERIFY(QFile::copy(QDir(translationsDir()).filePath(name), copy));

    QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none")};
    if (language == QLatin1String("en"))
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("tray") << QStringLiteral("service") << QStringLiteral("shared") << QStringLiteral("-ts")
         << copy;
    QProcess run;
    run.setWorkingDirectory(QStringLiteral(MLC_SOURCE_DIR));
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(tool, args);
    QVERIFY2(run.waitForFinished(240000), "lupdate did not finish");
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0, run.readAll().constData());

    const TsFile committed = readTs(QDir(translationsDir()).filePath(name));
    const TsFile fresh = readTs(copy);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    const QSet<Key> added = keys(fresh) - keys(committed);
    const QSet<Key> dropped = keys(committed) - keys(fresh);
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("%1 text(s) in the sources are missing from %2; run "
                                                        "scripts/update-translations.sh and translate them:\n%3")
                                             .arg(added.size())
                                             .arg(name, describe(added))));
    QVERIFY2(dropped.isEmpty(), qPrintable(QStringLiteral("%1 text(s) in %2 are gone from the sources; run "
                                                          "scripts/update-translations.sh:\n%3")
                                               .arg(dropped.size())
                                               .arg(name, describe(dropped))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
