// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "notebooks/NotebookLint.h"

#include "notebooks/RootPathCell.h"

#include <QHash>
#include <QRegularExpression>

namespace ts::nb {

namespace {

struct PathPattern
{
    QRegularExpression pattern;
    const char* what;
};

const QList<PathPattern>& hardcodedPaths()
{
    static const QList<PathPattern> patterns = {
        {QRegularExpression(QStringLiteral("/content/drive/(MyDrive|My Drive|Shareddrives)/")),
         "a Google Drive path of one Colab account"},
        {QRegularExpression(QStringLiteral("/kaggle/(input|working)\\b")), "a Kaggle path"},
        {QRegularExpression(QStringLiteral("(/home/[A-Za-z0-9._-]+/|/Users/[A-Za-z0-9._ -]+/|~/)")),
         "a home folder"},
        // A drive letter is followed by a separator: "/", an escaped "\\", any backslash in a raw string, or
        // a backslash that starts no Python escape ('A:\n' is the text "A:" and a newline, not a path).
        {QRegularExpression(QStringLiteral(
             R"re(\b(?:[rR][bBfF]?|[bBfF][rR])["'][A-Za-z]:[\\/]|["'(\s][A-Za-z]:(?:\\\\|/|\\(?![abfnrtvxNuU0-7'"])))re")),
         "a Windows drive letter"},
    };
    return patterns;
}

// Calls and shell commands that create or change files.
const QRegularExpression& writeCall()
{
    static const QRegularExpression re(
        QStringLiteral("(open\\([^)]*[\"'](w|a|x|wb|ab|xb|w\\+|r\\+|a\\+)[\"']|\\.to_(csv|parquet|pickle|"
                       "json|excel|feather|hdf|sql)\\(|"
                       "\\.save\\(|savefig\\(|np\\.save|torch\\.save|\\.write_(text|bytes)\\(|\\.mkdir\\(|"
                       "shutil\\.(copy|move|rmtree)|"
                       "os\\.(remove|unlink|rename|replace|makedirs)|^\\s*!\\s*(cp|mv|rm|wget|curl|unzip|tar)"
                       "\\b|^\\s*%%writefile)"));
    return re;
}

struct SecretPattern
{
    QRegularExpression pattern;
    const char* what;
};

const QList<SecretPattern>& secrets()
{
    static const QList<SecretPattern> patterns = {
        {QRegularExpression(QStringLiteral("\\bghp_[A-Za-z0-9]{36}\\b")), "a GitHub personal access token"},
        {QRegularExpression(QStringLiteral("\\bgithub_pat_[A-Za-z0-9_]{22,}")),
         "a GitHub fine-grained token"},
        {QRegularExpression(QStringLiteral("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")), "an AWS access key id"},
        {QRegularExpression(QStringLiteral("\\bhf_[A-Za-z0-9]{30,}\\b")), "a Hugging Face token"},
        {QRegularExpression(QStringLiteral("\\bsk-[A-Za-z0-9_-]{20,}")), "an OpenAI-style API key"},
        {QRegularExpression(QStringLiteral("\\bxox[abprs]-[A-Za-z0-9-]{10,}")), "a Slack token"},
        {QRegularExpression(QStringLiteral("-----BEGIN ([A-Z]+ )*PRIVATE KEY-----")), "a private key"},
    };
    return patterns;
}

QString masked(const QString& secret)
{
    return secret.left(4) + QStringLiteral("…");
}

bool isCommentLine(const QString& line)
{
    return line.trimmed().startsWith(u'#');
}

} // namespace

QList<LintFinding> lintNotebook(const Notebook& notebook, const LintContext& context)
{
    QList<LintFinding> findings;
    const std::vector<const JsonValue*> cells = notebook.cells();

    if (cells.empty() || !isRootCell(*cells.front())) {
        bool elsewhere = false;
        for (const JsonValue* cell : cells)
            elsewhere = elsewhere || isRootCell(*cell);
        findings << LintFinding{
            0, 0, QStringLiteral("missing-root-cell"),
            elsewhere
                ? QStringLiteral("the ROOT_PATH cell is not the first cell")
                : QStringLiteral(
                      "no ROOT_PATH first cell: paths will differ between Colab, Kaggle and local runs"),
            QStringLiteral("run `teamspace-cli notebook root-cell` on this notebook")};
    }

    QHash<QString, int> firstWithId;
    for (int index = 0; index < int(cells.size()); ++index) {
        const JsonValue& cell = *cells[std::size_t(index)];
        if (const JsonValue* id = cell.find("id"); id && id->isString()) {
            const QString idText = QString::fromUtf8(id->text.data(), qsizetype(id->text.size()));
            if (firstWithId.contains(idText))
                findings << LintFinding{index, 0, QStringLiteral("duplicate-cell-id"),
                                        QStringLiteral("cell id \"%1\" is also the id of cell %2")
                                            .arg(idText)
                                            .arg(firstWithId.value(idText)),
                                        QStringLiteral("give this cell a new id (copying cells in some "
                                                       "editors keeps the id; re-save in current Jupyter)")};
            else
                firstWithId.insert(idText, index);
        }

        const bool isCode = cell.find("cell_type")->text == "code";
        const bool generated = isRootCell(cell);
        const std::string_view sourceUtf8 = notebook.cellSource(cell);
        const QStringList lines =
            QString::fromUtf8(sourceUtf8.data(), qsizetype(sourceUtf8.size())).split(u'\n');
        for (int l = 0; l < lines.size(); ++l) {
            const QString& line = lines.at(l);
            const int lineNumber = l + 1;
            for (const SecretPattern& secret : secrets()) {
                const QRegularExpressionMatch m = secret.pattern.match(line);
                if (m.hasMatch())
                    findings << LintFinding{
                        index, lineNumber, QStringLiteral("secret"),
                        QStringLiteral(
                            "%1 (%2) in the source: everyone who can read the repository can use it")
                            .arg(QLatin1String(secret.what), masked(m.captured(0))),
                        QStringLiteral("revoke it, delete it from the notebook and read it from an "
                                       "environment variable or Colab's Secrets (userdata.get)")};
            }
            if (!isCode || generated || isCommentLine(line))
                continue;
            for (const PathPattern& path : hardcodedPaths()) {
                const QRegularExpressionMatch m = path.pattern.match(line);
                if (m.hasMatch()) {
                    findings << LintFinding{index, lineNumber, QStringLiteral("hardcoded-path"),
                                            QStringLiteral("%1 (%2) works on one machine only")
                                                .arg(QLatin1String(path.what), m.captured(0).trimmed()),
                                            QStringLiteral("build the path from ROOT_PATH (e.g. ROOT_PATH / "
                                                           "\"data/processed/x.csv\") or RESULTS_DIR")};
                    break;
                }
            }
            if (writeCall().match(line).hasMatch()) {
                for (const QString& raw : context.rawFolders) {
                    if (raw.isEmpty() || !line.contains(raw))
                        continue;
                    findings << LintFinding{
                        index, lineNumber, QStringLiteral("raw-write"),
                        QStringLiteral("writes into the raw data folder %1, which must stay as delivered")
                            .arg(raw),
                        QStringLiteral("write derived files to the processed folder or RESULTS_DIR instead")};
                    break;
                }
            }
        }
    }
    return findings;
}

} // namespace ts::nb
