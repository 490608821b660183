// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NbstripoutCheck.h"

#include "git/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ts::nb {

namespace {

// What nbstripout 0.9.1 removes before any --extra-keys (_nbstripout.py, main()).
const QStringList& nbstripoutDefaultKeys()
{
    static const QStringList keys = {
        QStringLiteral("metadata.signature"),      QStringLiteral("metadata.widgets"),
        QStringLiteral("cell.metadata.collapsed"), QStringLiteral("cell.metadata.ExecuteTime"),
        QStringLiteral("cell.metadata.execution"), QStringLiteral("cell.metadata.heading_collapsed"),
        QStringLiteral("cell.metadata.hidden"),    QStringLiteral("cell.metadata.scrolled"),
    };
    return keys;
}

struct Token
{
    QString text;
    qsizetype end = 0; // offset just past the token in the command
};

// POSIX-shell words: blanks separate, '…' is literal, "…" and a backslash escape.
QList<Token> shellWords(const QString& command)
{
    QList<Token> words;
    QString current;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\'') {
            inWord = true;
            for (++i; i < command.size() && command.at(i) != u'\''; ++i)
                current += command.at(i);
        } else if (c == u'"') {
            inWord = true;
            for (++i; i < command.size() && command.at(i) != u'"'; ++i) {
                if (command.at(i) == u'\\' && i + 1 < command.size())
                    ++i;
                current += command.at(i);
            }
        } else if (c == u'\\' && i + 1 < command.size()) {
            inWord = true;
            current += command.at(++i);
        } else if (c.isSpace()) {
            if (inWord)
                words << Token{current, i};
            current.clear();
            inWord = false;
        } else {
            inWord = true;
            current += c;
        }
    }
    if (inWord)
        words << Token{current, command.size()};
    return words;
}

QStringList splitKeys(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool isNbstripoutProgram(const QString& word)
{
    const QString name = QFileInfo(word).fileName();
    return name == QLatin1String("nbstripout") || name == QLatin1String("nbstripout.exe");
}

// Index of the word after which nbstripout's own arguments start, or -1.
qsizetype nbstripoutWord(const QList<Token>& words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (isNbstripoutProgram(words.at(i).text))
            return i;
        if (words.at(i).text == QLatin1String("-m") && i + 1 < words.size() &&
            words.at(i + 1).text == QLatin1String("nbstripout"))
            return i + 1;
    }
    return -1;
}

QString quotedForShell(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

const char* const kOptionsWithValue[] = {"--drop-tagged-cells", "--max-size", "--keep-output-type",
                                         "--drop-output-type"};

} // namespace

std::optional<NbstripoutSettings>
parseNbstripoutCommand(const QString& command, const QString& configExtraKeys, const QString& configKeepKeys)
{
    const QList<Token> words = shellWords(command);
    const qsizetype program = nbstripoutWord(words);
    if (program < 0)
        return std::nullopt;
    NbstripoutSettings settings;
    settings.extraKeys = splitKeys(configExtraKeys);
    settings.keepMetadataKeys = splitKeys(configKeepKeys);
    for (qsizetype i = program + 1; i < words.size(); ++i) {
        QString word = words.at(i).text;
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = word.indexOf(u'='); word.startsWith(QLatin1String("--")) && eq > 0) {
            value = word.mid(eq + 1);
            word.truncate(eq);
            hasInlineValue = true;
        }
        auto takeValue = [&]() {
            if (hasInlineValue)
                return value;
            return i + 1 < words.size() ? words.at(++i).text : QString();
        };
        if (word == QLatin1String("--keep-id"))
            settings.keepId = true;
        else if (word == QLatin1String("--keep-output"))
            settings.keepOutput = true;
        else if (word == QLatin1String("--keep-count"))
            settings.keepCount = true;
        else if (word == QLatin1String("--extra-keys"))
            settings.extraKeys += splitKeys(takeValue());
        else if (word == QLatin1String("--keep-metadata-keys"))
            settings.keepMetadataKeys += splitKeys(takeValue());
        else if (word == QLatin1String("--drop-empty-cells") || word == QLatin1String("--strip-init-cells"))
            settings.otherOptions << word;
        else if (std::any_of(std::begin(kOptionsWithValue), std::end(kOptionsWithValue),
                             [&](const char* o) { return word == QLatin1String(o); })) {
            const QString v = takeValue();
            if (!(word == QLatin1String("--max-size") && v == QLatin1String("0")) && !v.isEmpty())
                settings.otherOptions << word + u' ' + v;
        }
        // Everything else (-t, --textconv, -f, --unix-newlines, file names) does not change what is removed.
    }
    return settings;
}

QStringList nbstripoutRemovedKeys(const NbstripoutSettings& settings)
{
    QStringList keys = nbstripoutDefaultKeys() + settings.extraKeys;
    keys.removeIf([&](const QString& k) {
        return settings.keepMetadataKeys.contains(k) ||
               !(k.startsWith(QLatin1String("cell.")) ||
                 k.startsWith(QLatin1String("metadata."))); // ignored by nbstripout
    });
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

QStringList teamspaceRemovedKeys(const StripPolicy& policy)
{
    QStringList keys;
    for (const QString& k : policy.cellMetadataRemoved)
        keys << QStringLiteral("cell.metadata.") + k;
    for (const QString& k : policy.notebookMetadataRemoved)
        keys << QStringLiteral("metadata.") + k;
    keys.removeDuplicates();
    keys.sort();
    return keys;
}

QStringList nbstripoutDifferences(const NbstripoutSettings& settings, const StripPolicy& policy)
{
    QStringList differences;
    if (!settings.keepId)
        differences << QStringLiteral("it renumbers cell ids (0, 1, 2, …) where Teamspace keeps them");
    if (policy.keepOutputs && !(settings.keepOutput && settings.keepCount))
        differences << QStringLiteral("it clears outputs or execution counts that this workspace keeps");
    if (!policy.keepOutputs && settings.keepOutput)
        differences << QStringLiteral("it keeps outputs that Teamspace clears");
    if (!policy.keepOutputs && !settings.keepOutput && settings.keepCount)
        differences << QStringLiteral("it keeps execution counts that Teamspace clears");
    const QStringList theirs = nbstripoutRemovedKeys(settings);
    const QStringList ours = teamspaceRemovedKeys(policy);
    QStringList onlyOurs, onlyTheirs;
    for (const QString& k : ours)
        if (!theirs.contains(k))
            onlyOurs << k;
    for (const QString& k : theirs)
        if (!ours.contains(k))
            onlyTheirs << k;
    if (!onlyOurs.isEmpty())
        differences << QStringLiteral("it keeps %1, which Teamspace removes").arg(onlyOurs.join(u' '));
    if (!onlyTheirs.isEmpty())
        differences << QStringLiteral("it removes %1, which Teamspace keeps").arg(onlyTheirs.join(u' '));
    for (const QString& option : settings.otherOptions)
        differences << QStringLiteral("%1 drops cells or outputs that Teamspace keeps").arg(option);
    return differences;
}

QString agreeingNbstripoutArguments(const StripPolicy& policy, const QStringList& configExtraKeys)
{
    NbstripoutSettings baseline;
    baseline.extraKeys = configExtraKeys;
    const QStringList theirs = nbstripoutRemovedKeys(baseline);
    const QStringList ours = teamspaceRemovedKeys(policy);
    QStringList extra, keep;
    for (const QString& k : ours)
        if (!theirs.contains(k))
            extra << k;
    for (const QString& k : theirs)
        if (!ours.contains(k))
            keep << k;
    QStringList args{QStringLiteral("--keep-id")};
    if (policy.keepOutputs)
        args << QStringLiteral("--keep-output") << QStringLiteral("--keep-count");
    if (!extra.isEmpty())
        args << QStringLiteral("--extra-keys") << quotedForShell(extra.join(u' '));
    if (!keep.isEmpty())
        args << QStringLiteral("--keep-metadata-keys") << quotedForShell(keep.join(u' '));
    return args.join(u' ');
}

Result<QStringList> nbstripoutWarnings(const QString& repoDir, const QStringList& notebookPaths,
                                       const StripPolicy& policy)
{
    auto discovered = git::GitRepository::discover(repoDir);
    if (!discovered)
        return discovered.error();
    if (!*discovered)
        return QStringList(); // not a git repository: no filter can apply
    const git::GitRepository& repo = **discovered;
    Status configError;
    auto configString = [&](const QString& name) {
        auto value = repo.configString(name);
        if (!value) {
            configError = value.error();
            return QString();
        }
        return *value;
    };

    // Attribute paths are relative to the work tree, which may be above the workspace folder.
    const QString workdir = repo.workdir();
    const QString prefix = !workdir.isEmpty() ? QDir(QFileInfo(workdir).canonicalFilePath())
                                                    .relativeFilePath(QFileInfo(repoDir).canonicalFilePath())
                                              : QString();
    QStringList paths = notebookPaths;
    paths << QStringLiteral("notebook.ipynb");
    QSet<QString> filters;
    for (const QString& path : paths) {
        const QString inTree = prefix.isEmpty() || prefix == QLatin1String(".") ? path : prefix + u'/' + path;
        const QString filter = repo.attributeString(inTree, QStringLiteral("filter"));
        if (!filter.isEmpty())
            filters.insert(filter);
    }
    QStringList names = filters.values();
    names.sort();
    QStringList warnings;
    const QString configExtra = configString(QStringLiteral("filter.nbstripout.extrakeys"));
    const QString configKeep = configString(QStringLiteral("filter.nbstripout.keepmetadatakeys"));
    if (!configError)
        return configError.error();
    for (const QString& name : names) {
        const QString clean = configString(QStringLiteral("filter.%1.clean").arg(name));
        const std::optional<NbstripoutSettings> settings =
            parseNbstripoutCommand(clean, configExtra, configKeep);
        if (!settings)
            continue;
        const QStringList differences = nbstripoutDifferences(*settings, policy);
        if (differences.isEmpty())
            continue;
        const QList<Token> words = shellWords(clean);
        const QString program = clean.left(words.at(nbstripoutWord(words)).end);
        warnings
            << QStringLiteral(
                   "%1: the git filter \"%2\" runs nbstripout with settings that disagree with Teamspace's "
                   "stripping (%3), so each tool rewrites the other's commits; make them agree: "
                   "git config filter.%2.clean %4 (see docs/notebooks.md)")
                   .arg(repoDir, name, differences.join(QStringLiteral("; ")),
                        quotedForShell(program + u' ' +
                                       agreeingNbstripoutArguments(policy, splitKeys(configExtra))));
    }
    return warnings;
}

} // namespace ts::nb
