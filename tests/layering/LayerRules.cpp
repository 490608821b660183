// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "LayerRules.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ts::test {

namespace {

// Each module with what it may include besides itself (docs/ARCHITECTURE.md, "Layers"). util → db, git →
// activity → workspace → index, permissions, notebooks, hazards → sync → services → models → app; hazards
// also reads index and notebooks; the two front ends may include every core module, never each other.
const QHash<QString, QSet<QString>>& layerTable()
{
    static const QHash<QString, QSet<QString>> table = [] {
        QHash<QString, QSet<QString>> t;
        const QSet<QString> base{"util"};
        t["util"] = {};
        t["db"] = base;
        t["git"] = base;
        const QSet<QString> belowActivity = base + QSet<QString>{"db", "git"};
        t["activity"] = belowActivity;
        const QSet<QString> belowWorkspace = belowActivity + QSet<QString>{"activity"};
        t["workspace"] = belowWorkspace;
        const QSet<QString> domainBase = belowWorkspace + QSet<QString>{"workspace"};
        for (const char* m : {"index", "permissions", "notebooks"})
            t[m] = domainBase;
        t["hazards"] = domainBase + QSet<QString>{"index", "notebooks"};
        const QSet<QString> belowSync =
            domainBase + QSet<QString>{"index", "permissions", "notebooks", "hazards"};
        t["sync"] = belowSync;
        t["services"] = belowSync + QSet<QString>{"sync"};
        t["models"] = t["services"] + QSet<QString>{"services"};
        const QSet<QString> core = t["models"] + QSet<QString>{"models"};
        t["cli"] = core;
        t["gui"] = core;
        return t;
    }();
    return table;
}

bool isAppModule(const QString& module)
{
    return module == QLatin1String("cli") || module == QLatin1String("gui");
}

// "core/sync/X.h" → "sync", "app/gui/panels/P.h" → "gui"; empty outside core/ and app/.
QString moduleOf(const QString& relative)
{
    const QStringList parts = relative.split(u'/');
    if (parts.size() < 3 || (parts[0] != QLatin1String("core") && parts[0] != QLatin1String("app")))
        return {};
    return parts[1];
}

// Comments and string literals blanked out (line breaks kept), so that words in them are not calls.
QString codeOnly(const QString& text)
{
    QString out = text;
    enum { Code, Line, Block, String, Char } state = Code;
    for (int i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        const QChar next = i + 1 < out.size() ? out[i + 1] : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && next == u'/')
                state = Line;
            else if (c == u'/' && next == u'*')
                state = Block;
            else if (c == u'"')
                state = String;
            else if (c == u'\'')
                state = Char;
            else
                continue;
            out[i] = u' ';
            break;
        case Line:
            if (c == u'\n')
                state = Code;
            else
                out[i] = u' ';
            break;
        case Block:
            if (c == u'*' && next == u'/') {
                out[i] = out[i + 1] = u' ';
                ++i;
                state = Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case String:
        case Char:
            if (c == u'\\' && i + 1 < out.size()) {
                out[i] = out[i + 1] = u' ';
                ++i;
            } else {
                if ((state == String && c == u'"') || (state == Char && c == u'\''))
                    state = Code;
                if (c != u'\n')
                    out[i] = u' ';
            }
            break;
        }
    }
    return out;
}

class Checker
{
public:
    explicit Checker(const QString& root) : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath())) {}

    LayerReport run()
    {
        QStringList files;
        for (const char* top : {"core", "app"}) {
            QDirIterator it(m_root + u'/' + QLatin1String(top),
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << relative(it.next());
        }
        std::sort(files.begin(), files.end());
        QSet<QString> unknown;
        for (const QString& file : files) {
            const QString module = moduleOf(file);
            if (!layerTable().contains(module)) {
                unknown.insert(file.section(u'/', 0, 1));
                continue;
            }
            check(file, module);
        }
        m_report.unknownModules = QStringList(unknown.begin(), unknown.end());
        m_report.unknownModules.sort();
        return m_report;
    }

private:
    QString relative(const QString& absolute) const { return absolute.mid(m_root.size() + 1); }

    // Where a quoted include leads: next to the file, then the include folders (core/, and app/gui/ for the
    // GUI). Unresolved (generated or missing) headers count by their first folder when that names a module.
    QString targetModule(const QString& file, const QString& module, const QString& include) const
    {
        QStringList bases{QFileInfo(m_root + u'/' + file).absolutePath(), m_root + QStringLiteral("/core")};
        if (module == QLatin1String("gui"))
            bases << m_root + QStringLiteral("/app/gui");
        for (const QString& base : bases) {
            const QFileInfo candidate(base + u'/' + include);
            if (candidate.isFile()) {
                const QString path = QDir::cleanPath(candidate.absoluteFilePath());
                return path.startsWith(m_root + u'/') ? moduleOf(relative(path)) : QString(); // "" = not ours
            }
        }
        const QString first = include.section(u'/', 0, 0);
        return include.contains(u'/') && layerTable().contains(first) && !isAppModule(first) ? first
                                                                                             : QString();
    }

    void check(const QString& file, const QString& module)
    {
        QFile in(m_root + u'/' + file);
        if (!in.open(QIODevice::ReadOnly))
            return;
        ++m_report.filesRead;
        const QString text = QString::fromUtf8(in.readAll());
        static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"),
                                                    QRegularExpression::MultilineOption);
        const auto lineOf = [&text](qsizetype offset) { return text.left(offset).count(u'\n') + 1; };
        for (auto it = includeLine.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString include = match.captured(2).trimmed();
            const QString where = QStringLiteral("%1:%2: ").arg(file).arg(lineOf(match.capturedStart()));
            if (match.captured(1) == QLatin1String("<")) {
                if ((include == QLatin1String("git2.h") || include.startsWith(QLatin1String("git2/"))) &&
                    module != QLatin1String("git"))
                    m_report.libgit2Outside << where + u'<' + include + u'>';
                if (include == QLatin1String("sqlite3.h") && module != QLatin1String("db") &&
                    module != QLatin1String("index"))
                    m_report.sqliteOutside << where + u'<' + include + u'>';
                continue;
            }
            const QString target = targetModule(file, module, include);
            if (target.isEmpty() || target == module)
                continue;
            const QString quoted = u'"' + include + u'"';
            if (!isAppModule(module) && isAppModule(target))
                m_report.upwardIncludes
                    << where + QStringLiteral("%1 includes %2 (%3; core never includes app)")
                                   .arg(module, quoted, target);
            else if (!layerTable().value(module).contains(target))
                m_report.upwardIncludes
                    << where +
                           QStringLiteral("%1 includes %2 (%3 is not below %1)").arg(module, quoted, target);
        }
        if (module == QLatin1String("cli")) {
            static const QRegularExpression lowLevel(
                QStringLiteral(R"(\b(git_\w+|sqlite3_\w+|opendir|openat|QDirIterator)\b)"));
            const QString code = codeOnly(text);
            for (auto it = lowLevel.globalMatch(code); it.hasNext();) {
                const auto match = it.next();
                m_report.cliLowLevel << QStringLiteral("%1:%2: %3")
                                            .arg(file)
                                            .arg(lineOf(match.capturedStart()))
                                            .arg(match.captured(1));
            }
        }
    }

    QString m_root;
    LayerReport m_report;
};

} // namespace

LayerReport checkLayers(const QString& root)
{
    return Checker(root).run();
}

} // namespace ts::test
