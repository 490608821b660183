// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "permissions/BaselineFile.h"

#include "permissions/RawFileSet.h"
#include "util/AtomicFile.h"
#include "util/SafePath.h"

#include <QFileInfo>
#include <QSet>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

namespace ts::permissions {

namespace {

void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

bool isLowerHex(const QString& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

QByteArray serializeBaseline(const Baseline& baseline)
{
    QByteArray out;
    out.reserve(128 + baseline.entries.size() * 120);
    out += "{\n  \"format\": \"teamspace-raw-baseline\",\n  \"version\": ";
    out += QByteArray::number(kBaselineFormatVersion);
    out += ",\n  \"algorithm\": ";
    appendJsonString(out, toString(baseline.algorithm));
    out += ",\n  \"files\": [";
    for (qsizetype i = 0; i < baseline.entries.size(); ++i) {
        const BaselineEntry& e = baseline.entries.at(i);
        out += i == 0 ? "\n    {\"path\": " : ",\n    {\"path\": ";
        appendJsonString(out, e.path);
        out += ", \"size\": " + QByteArray::number(e.size);
        out += ", \"mtimeNs\": " + QByteArray::number(e.mtimeNs);
        out += ", \"hash\": ";
        appendJsonString(out, e.hash);
        out += '}';
    }
    out += baseline.entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Result<Baseline> parseBaseline(const QByteArray& json, const QString& source)
{
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.constData(), size_t(json.size()));
    if (doc.HasParseError())
        return Error::badInput(
            QStringLiteral(
                "%1: not valid JSON at byte %2: %3 (restore it from git, or run `raw baseline` again)")
                .arg(source)
                .arg(doc.GetErrorOffset())
                .arg(QLatin1String(rapidjson::GetParseError_En(doc.GetParseError()))));
    auto bad = [&](const QString& field, const QString& what) {
        return Error::badInput(QStringLiteral("%1: %2 %3").arg(source, field, what));
    };
    if (!doc.IsObject())
        return bad(QStringLiteral("the document"), QStringLiteral("is not a JSON object"));
    const auto format = doc.FindMember("format");
    if (format == doc.MemberEnd() || !format->value.IsString() ||
        format->value.GetString() != std::string_view("teamspace-raw-baseline"))
        return bad(QStringLiteral("format"),
                   QStringLiteral("must be \"teamspace-raw-baseline\" (is this a Teamspace baseline?)"));
    const auto version = doc.FindMember("version");
    if (version == doc.MemberEnd() || !version->value.IsInt())
        return bad(QStringLiteral("version"), QStringLiteral("is missing or not an integer"));
    if (version->value.GetInt() != kBaselineFormatVersion)
        return bad(QStringLiteral("version"),
                   QStringLiteral("%1 is not supported (this Teamspace reads version %2; update it)")
                       .arg(version->value.GetInt())
                       .arg(kBaselineFormatVersion));
    const auto algorithm = doc.FindMember("algorithm");
    if (algorithm == doc.MemberEnd() || !algorithm->value.IsString())
        return bad(QStringLiteral("algorithm"), QStringLiteral("is missing or not a string"));
    const auto known = hashAlgorithmFromString(
        QString::fromUtf8(algorithm->value.GetString(), algorithm->value.GetStringLength()));
    if (!known)
        return bad(QStringLiteral("algorithm"),
                   QStringLiteral("\"%1\" is unknown (use xxh3-128, blake2b-256 or sha256)")
                       .arg(QString::fromUtf8(algorithm->value.GetString()).left(40)));
    const auto files = doc.FindMember("files");
    if (files == doc.MemberEnd() || !files->value.IsArray())
        return bad(QStringLiteral("files"), QStringLiteral("is missing or not an array"));

    Baseline baseline;
    baseline.algorithm = *known;
    QSet<QString> seen;
    const auto& array = files->value.GetArray();
    for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
        const QString field = QStringLiteral("files[%1]").arg(i);
        const auto& item = array[i];
        if (!item.IsObject())
            return bad(field, QStringLiteral("is not an object"));
        const auto path = item.FindMember("path");
        const auto size = item.FindMember("size");
        const auto mtime = item.FindMember("mtimeNs");
        const auto hash = item.FindMember("hash");
        if (path == item.MemberEnd() || !path->value.IsString())
            return bad(field + QStringLiteral(".path"), QStringLiteral("is missing or not a string"));
        auto normalised =
            normaliseRelativePath(QString::fromUtf8(path->value.GetString(), path->value.GetStringLength()),
                                  source + QStringLiteral(": ") + field + QStringLiteral(".path"));
        if (!normalised)
            return normalised.error();
        if (size == item.MemberEnd() || !size->value.IsInt64() || size->value.GetInt64() < 0)
            return bad(field + QStringLiteral(".size"),
                       QStringLiteral("is missing or not a non-negative integer"));
        if (mtime == item.MemberEnd() || !mtime->value.IsInt64())
            return bad(field + QStringLiteral(".mtimeNs"), QStringLiteral("is missing or not an integer"));
        if (hash == item.MemberEnd() || !hash->value.IsString())
            return bad(field + QStringLiteral(".hash"), QStringLiteral("is missing or not a string"));
        const QString digest = QString::fromUtf8(hash->value.GetString(), hash->value.GetStringLength());
        if (digest.size() != hexDigestLength(*known) || !isLowerHex(digest))
            return bad(field + QStringLiteral(".hash"),
                       QStringLiteral("is not a %1-digit lowercase hex %2 digest")
                           .arg(hexDigestLength(*known))
                           .arg(toString(*known)));
        if (seen.contains(*normalised))
            return bad(field + QStringLiteral(".path"),
                       QStringLiteral("\"%1\" is listed twice").arg(*normalised));
        seen.insert(*normalised);
        baseline.entries << BaselineEntry{*normalised, size->value.GetInt64(), mtime->value.GetInt64(),
                                          digest};
    }
    std::sort(
        baseline.entries.begin(), baseline.entries.end(),
        [](const BaselineEntry& a, const BaselineEntry& b) { return baselinePathLess(a.path, b.path); });
    return baseline;
}

Result<Baseline> loadBaselineFile(const QString& repoDir)
{
    const QString path = repoDir + u'/' + QLatin1String(kBaselineFileName);
    if (!QFileInfo::exists(path))
        return Error::failed(
            QStringLiteral("%1: no baseline yet (the lead runs `teamspace-cli raw baseline` and commits it)")
                .arg(path));
    if (QFileInfo(path).isSymLink())
        return Error::badInput(
            QStringLiteral("%1: is a symlink; a baseline must be a plain file in the repository").arg(path));
    auto bytes = readFileLimited(path, kBaselineMaxBytes);
    if (!bytes)
        return bytes.error();
    return parseBaseline(*bytes, path);
}

Status saveBaselineFile(const Baseline& baseline, const QString& repoDir)
{
    return writeFileBeneath(repoDir, QLatin1String(kBaselineFileName), serializeBaseline(baseline));
}

} // namespace ts::permissions
