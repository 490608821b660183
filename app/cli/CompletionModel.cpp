// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "CompletionModel.h"

#include "CommandDispatch.h"

#include <QRegularExpression>

namespace ts::cli::completion {

QString OptionSpec::valueKind() const
{
    if (valueName.isEmpty())
        return {};
    const QString upper = valueName.toUpper();
    if (upper.contains(QLatin1String("DIR")) || upper.contains(QLatin1String("FOLDER")))
        return QStringLiteral("dir");
    if (upper.contains(QLatin1String("FILE")) || upper.contains(QLatin1String("PATH")) ||
        upper.contains(QLatin1String("NOTEBOOK")))
        return QStringLiteral("file");
    return QStringLiteral("other");
}

namespace {

// "-w, --workspace <dir>" (QCommandLineParser) or "-w, --workspace DIR" (the overview) → names and value.
OptionSpec parseOptionHead(const QString& head, const QString& description)
{
    OptionSpec option;
    option.description = description;
    for (QString part : head.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        const qsizetype space = part.indexOf(u' ');
        if (space > 0) {
            option.valueName = part.mid(space + 1).remove(u'<').remove(u'>').trimmed();
            part.truncate(space);
        }
        if (part.startsWith(u'-'))
            option.names << part;
    }
    return option;
}

bool startsOptionSection(const QString& line)
{
    return line == QLatin1String("Options:") || line == QLatin1String("Global options:");
}

} // namespace

QList<OptionSpec> parseHelpOptions(const QString& helpText)
{
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QList<OptionSpec> options;
    bool inSection = false;
    for (const QString& line : helpText.split(u'\n')) {
        if (startsOptionSection(line)) {
            inSection = true;
            continue;
        }
        if (!inSection)
            continue;
        if (!line.startsWith(u' ')) { // a blank line or the next heading ends the section
            inSection = false;
            continue;
        }
        const QString text = line.trimmed();
        if (!text.startsWith(u'-'))
            continue; // a wrapped description line
        const qsizetype at = text.indexOf(gap);
        OptionSpec option = at < 0 ? parseOptionHead(text, QString())
                                   : parseOptionHead(text.left(at), text.mid(at).trimmed());
        if (!option.names.isEmpty())
            options << option;
    }
    return options;
}

namespace {

struct HelpAnswer
{
    int exitCode;
    QString text;
};

// Runs `words` (a command word, maybe a subcommand, then --help) on a Cli whose output goes to strings.
HelpAnswer askForHelp(const Command& command, const QStringList& words)
{
    Cli probe;
    QString out;
    QString err;
    probe.out.setString(&out);
    probe.err.setString(&err);
    const int exitCode = runCommandLine(probe, CommandTable{command}, words); // as the real dispatch does
    probe.out.flush();
    probe.err.flush();
    return {exitCode, out};
}

Result<Context> commandContext(const Command& command)
{
    QStringList names;
    for (const Subcommand& sub : command.subcommands)
        names << sub.name;
    Context context{command.name, command.summary, names, {}};
    const HelpAnswer own = askForHelp(command, {command.name, QStringLiteral("--help")});
    if (own.exitCode != ExitOk && command.subcommands.isEmpty())
        return Error::failed(
            QStringLiteral("`teamspace-cli %1 --help` exited %2: every command answers --help")
                .arg(command.name)
                .arg(own.exitCode));
    context.options = parseHelpOptions(own.text);
    return context;
}

} // namespace

Result<Model> buildModel(const CommandTable& table, const QString& globalHelp)
{
    Model model{{}, QStringLiteral("teamspace-cli"), QStringLiteral(TEAMSPACE_VERSION)};
    Context global{QString(), QString(), {}, parseHelpOptions(globalHelp)};
    for (const Command& command : table)
        global.subcommands << command.name;
    model.contexts << global;
    for (const Command& command : table) {
        auto context = commandContext(command);
        if (!context)
            return context.error();
        model.contexts << *context;
        for (const Subcommand& subcommand : command.subcommands) {
            const QString& sub = subcommand.name;
            const HelpAnswer answer = askForHelp(command, {command.name, sub, QStringLiteral("--help")});
            if (answer.exitCode != ExitOk)
                return Error::failed(
                    QStringLiteral("`teamspace-cli %1 %2 --help` exited %3: the command table lists "
                                   "\"%2\" as a subcommand of \"%1\", so it must answer --help")
                        .arg(command.name, sub)
                        .arg(answer.exitCode));
            model.contexts << Context{
                command.name + u' ' + sub, QString(), {}, parseHelpOptions(answer.text)};
        }
    }
    return model;
}

} // namespace ts::cli::completion
