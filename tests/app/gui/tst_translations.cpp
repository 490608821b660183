// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The translation pipeline end to end: the English catalogue lupdate wrote (resources/translations) gives
// every
// "%n" message both English forms, the .qm compiled into the app makes tr("%n file(s)", nullptr, n) read
// "1 file" / "2 files", and a pseudo-translation into a three-form language (Polish), made here from that
// catalogue and compiled with the real lrelease, changes what a panel and the navigation show and picks
// Polish's three plural forms for 1, 2 and 5 — core's hazard messages included.
#include "MainWindow.h"
#include "SampleWorkspace.h"
#include "ScriptedDialogs.h"
#include "TestEnv.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <memory>

using namespace ts;

namespace {

struct CatalogueMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList forms; // the English translation's numerus forms
    bool unfinished = false;
};

QList<CatalogueMessage> readCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<CatalogueMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            messages.append({context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, false});
        else if (xml.name() == u"source")
            messages.last().source = xml.readElementText();
        else if (xml.name() == u"translation")
            messages.last().unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
        else if (xml.name() == u"numerusform")
            messages.last().forms << xml.readElementText();
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// Every message of the catalogue "translated" into Polish: "[text]", and the three numerus forms
// "[one] text", "[few] text", "[many] text".
void writePseudoPolish(const QList<CatalogueMessage>& messages, const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("pl_PL"));
    QString context;
    for (const CatalogueMessage& m : messages) {
        if (m.context != context) {
            if (!context.isEmpty())
                xml.writeEndElement();
            context = m.context;
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), context);
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        xml.writeStartElement(QStringLiteral("translation"));
        if (m.numerus)
            for (const char* form : {"one", "few", "many"})
                xml.writeTextElement(QStringLiteral("numerusform"),
                                     QStringLiteral("[%1] %2").arg(QLatin1String(form), m.source));
        else
            xml.writeCharacters(u'[' + m.source + u']');
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPluralHasItsEnglishForms();
    void theAppShowsEnglishPlurals();
    void coreMessagesAreInTheCatalogue();
    void aThreeFormLanguagePicksItsForms();
    void aPanelAndTheNavigationShowTheTranslation();
    void cleanupTestCase();

private:
    QList<CatalogueMessage> m_catalogue;
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_polish;
};

void TestTranslations::initTestCase()
{
    test::isolateUserFolders();
    m_catalogue = readCatalogue(QStringLiteral(TEAMSPACE_TS_FILE));
    QVERIFY2(m_catalogue.size() > 500, qPrintable(QString::number(m_catalogue.size())));
}

void TestTranslations::everyPluralHasItsEnglishForms()
{
    int plurals = 0;
    QStringList missing;
    for (const CatalogueMessage& m : std::as_const(m_catalogue)) {
        if (!m.numerus)
            continue;
        ++plurals;
        if (m.unfinished || m.forms.size() != 2 || m.forms.contains(QString()))
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    // A new tr("… %n …", nullptr, n) needs its two English forms in teamspace_en.ts, or English users read
    // "3 file(s)" (see app/gui/translations.cmake).
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    QVERIFY2(plurals >= 45, qPrintable(QString::number(plurals)));
}

void TestTranslations::theAppShowsEnglishPlurals()
{
    const auto hazards = [](int n) {
        return QCoreApplication::translate("ts::gui::HazardsView", "%n hazard(s)", nullptr, n);
    };
    QCOMPARE(hazards(1), QStringLiteral("1 hazard"));
    QCOMPARE(hazards(3), QStringLiteral("3 hazards"));
    QCOMPARE(QCoreApplication::translate("ts::gui::RawPanel", "Made %n entry(ies) read-only", nullptr, 1),
             QStringLiteral("Made 1 entry read-only"));
    QCOMPARE(
        QCoreApplication::translate("ts::gui::LargestView", "The %n largest files: %1 together.", nullptr, 1),
        QStringLiteral("The largest file: %1."));
    // Installing again for a locale without a translation of its own adds English only.
    const ts::InstalledTranslations installed =
        ts::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Swahili));
    QCOMPARE(installed.english, QStringLiteral(":/i18n/teamspace_en.qm"));
    QVERIFY(installed.app.isEmpty());
}

void TestTranslations::coreMessagesAreInTheCatalogue()
{
    // lupdate reads core too: the hazards' messages and fixes, which the Storage panel shows.
    int hazardTexts = 0;
    for (const CatalogueMessage& m : std::as_const(m_catalogue))
        hazardTexts += m.context == u"Hazards";
    QVERIFY2(hazardTexts >= 24,
             qPrintable(QString::number(hazardTexts))); // 12 rules, a message and a fix each
}

void TestTranslations::aThreeFormLanguagePicksItsForms()
{
    QVERIFY(m_dir.isValid());
    const QString ts = m_dir.filePath(QStringLiteral("teamspace_pl.ts"));
    const QString qm = m_dir.filePath(QStringLiteral("teamspace_pl.qm"));
    writePseudoPolish(m_catalogue, ts);
    QProcess lrelease;
    lrelease.start(QStringLiteral(TEAMSPACE_LRELEASE), {ts, QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(60000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    m_polish = std::make_unique<QTranslator>();
    QVERIFY(m_polish->load(qm));
    QCOMPARE(m_polish->language(), QStringLiteral("pl_PL"));
    QVERIFY(QCoreApplication::installTranslator(m_polish.get()));

    const auto files = [](int n) {
        return QCoreApplication::translate("ts::gui::SyncChangesView", "%n file(s)", nullptr, n);
    };
    QCOMPARE(files(1), QStringLiteral("[one] 1 file(s)"));
    QCOMPARE(files(2), QStringLiteral("[few] 2 file(s)"));
    QCOMPARE(files(5), QStringLiteral("[many] 5 file(s)"));
    QCOMPARE(files(22), QStringLiteral("[few] 22 file(s)"));
    QCOMPARE(files(12), QStringLiteral("[many] 12 file(s)"));
    // A message from core, as the hazards rules make it.
    QCOMPARE(QCoreApplication::translate("Hazards", "%1 min").arg(5), QStringLiteral("[5 min]"));
}

void TestTranslations::aPanelAndTheNavigationShowTheTranslation()
{
    QVERIFY2(m_polish, "needs the pseudo-translation of the previous test");
    QTemporaryDir repo, root;
    test::ScriptedDialogs dialogs;
    gui::MainWindow window(dialogs); // built after the translator was installed, as at a start in Polish
    window.show();
    window.showWorkspace(test::sampleWorkspace(repo.path(), root.path()));
    QVERIFY(window.showPanel(QStringLiteral("members")));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("members.summary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("[few] 3 member(s), ")), qPrintable(summary->text()));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("[Members]"));
    QCOMPARE(window.windowTitle(), QStringLiteral("[%1 — Teamspace]").arg(window.workspace()->manifest.name));
}

void TestTranslations::cleanupTestCase()
{
    if (m_polish)
        QCoreApplication::removeTranslator(m_polish.get());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
