// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "services/DemoWorkspace.h"

#include "activity/ActivityLog.h"
#include "git/GitRepository.h"
#include "notebooks/NotebookStripper.h"
#include "services/DemoNotebooks.h"
#include "workspace/WorkspaceEditor.h"
#include "workspace/WorkspaceInit.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ts::services {

namespace {

constexpr qint64 KB = 1000;
constexpr qint64 MB = 1000 * KB;
constexpr qint64 GB = 1000 * MB;
constexpr qint64 GiB = 1024ll * 1024 * 1024; // quotas are shown in binary units

// A fixed sequence (xorshift64*), so the demo is the same on every run and machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1));
    }

private:
    quint64 m_state;
};

class DemoWriter
{
public:
    explicit DemoWriter(QString top) : m_top(std::move(top)) {}

    // Writes `content`, then extends the file to `size` without writing the rest: a sparse file of that
    // apparent size that takes almost no disk.
    Status write(const QString& relative, const QByteArray& content, qint64 size = -1,
                 const QDateTime& modified = {})
    {
        const QString path = m_top + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::failed(
                QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
        QFile file(path);
        // A new file in a new demo folder (nothing to replace), but a full disk must still fail the demo:
        // QFile buffers, so the flush is where a write error shows.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size() ||
            !file.flush())
            return Error::failed(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        const qint64 finalSize = size < 0 ? content.size() : size;
        if (finalSize > content.size() && !file.resize(finalSize))
            return Error::failed(QStringLiteral("%1: cannot extend to %2 bytes: %3")
                                     .arg(path)
                                     .arg(finalSize)
                                     .arg(file.errorString()));
        if (modified.isValid() && !file.setFileTime(modified, QFileDevice::FileModificationTime))
            return Error::failed(QStringLiteral("%1: cannot set its time: %2").arg(path, file.errorString()));
        ++files;
        bytes += finalSize;
        return {};
    }

    int files = 0;
    qint64 bytes = 0;

private:
    QString m_top;
};

QByteArray csvTable(DemoRandom& random, int rows)
{
    QByteArray csv = "sample_id,feature_a,feature_b,feature_c,label\n";
    for (int r = 0; r < rows; ++r)
        csv += QByteArray::number(r) + ',' + QByteArray::number(random.between(0, 99999) / 1000.0, 'f', 3) +
               ',' + QByteArray::number(random.between(0, 99999) / 1000.0, 'f', 3) + ',' +
               QByteArray::number(random.between(-500, 500)) + ',' + (random.between(0, 1) ? "cat" : "dog") +
               '\n';
    return csv;
}

// PNG signature and header chunk, then noise: looks like an image to anything that sniffs the type.
QByteArray imageLike(DemoRandom& random, int size)
{
    QByteArray data("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    while (data.size() < size)
        data += static_cast<char>(random.next() & 0xff);
    return data;
}

const QByteArray kTorchHeader("PK\x03\x04", 4); // PyTorch checkpoints are zip archives
const QByteArray kNumpyHeader("\x93NUMPY\x01\x00", 8);

Status writeSharedFolder(DemoWriter& w)
{
    DemoRandom random(2026);
    // Stale relative to now, so the demo shows a checkpoint that is a few hours behind, as in real life.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600);
    // Raw data: a few hundred small files, read-only by intent.
    if (auto ok = w.write("data/raw/README.txt",
                          "Original survey exports and photos. Never edit: copy into data/processed.\n");
        !ok)
        return ok;
    for (int i = 0; i < 120; ++i)
        if (auto ok = w.write(QStringLiteral("data/raw/tabular/part-%1.csv").arg(i, 3, 10, QChar(u'0')),
                              csvTable(random, random.between(40, 160)));
            !ok)
            return ok;
    for (int i = 0; i < 180; ++i) {
        const QString cls = i % 3 == 0   ? QStringLiteral("cat")
                            : i % 3 == 1 ? QStringLiteral("dog")
                                         : QStringLiteral("other");
        if (auto ok =
                w.write(QStringLiteral("data/raw/images/%1/img_%2.png").arg(cls).arg(i, 4, 10, QChar(u'0')),
                        imageLike(random, random.between(1500, 6000)));
            !ok)
            return ok;
    }
    struct Big
    {
        const char* path;
        QByteArray header;
        qint64 size;
        bool stale;
    };
    const Big big[] = {
        {"data/processed/train_features.parquet", "PAR1", 25 * MB, false},
        {"data/processed/val_features.parquet", "PAR1", 6 * MB, false},
        {"models/baseline-v1.onnx", "\x08\x07", 90 * MB, false},
        {"results/ana/report.html", "<!doctype html>", 120 * KB, false},
        {"checkpoints/ana/resnet_epoch_10.pt", kTorchHeader, 450 * MB, false},
        {"checkpoints/ana/resnet_epoch_20.pt", kTorchHeader, 450 * MB, false},
        {"results/ben/predictions.csv", "sample_id,prediction\n", 3 * MB, false},
        {"checkpoints/ben/bert_step_1000.ckpt", kTorchHeader, 1200 * MB, false},
        // chen: 11.0 GB, over the 10 GiB quota, with a file above the 5 GB split threshold.
        {"results/chen/embeddings.npy", kNumpyHeader, 6200 * MB, false},
        {"results/chen/tsne.png", "\x89PNG\r\n\x1a\n", 300 * KB, false},
        {"checkpoints/chen/vit_epoch_3.pt", kTorchHeader, 2400 * MB, false},
        {"checkpoints/chen/vit_epoch_4.pt", kTorchHeader, 2400 * MB, false},
        {"results/dara/ablation.csv", "variant,accuracy\n", 80 * KB, false},
        // dara: a checkpoint folder nobody touched for months (work at risk, space to reclaim).
        {"checkpoints/dara/old-run/model_epoch_1.pt", kTorchHeader, 800 * MB, true},
        {"checkpoints/dara/old-run/model_epoch_2.pt", kTorchHeader, 800 * MB, true},
    };
    for (const Big& b : big)
        if (auto ok = w.write(QString::fromLatin1(b.path), b.header, b.size, b.stale ? longAgo : QDateTime());
            !ok)
            return ok;
    for (int i = 0; i < 6; ++i)
        if (auto ok = w.write(QStringLiteral("results/ana/figures/fig_%1.png").arg(i),
                              imageLike(random, random.between(20 * 1000, 60 * 1000)));
            !ok)
            return ok;
    if (auto ok = w.write("results/ana/metrics.json", "{\"accuracy\": 0.912, \"f1\": 0.887}\n"); !ok)
        return ok;
    for (int run = 0; run < 8; ++run) {
        const QString dir = QStringLiteral("results/ben/sweep/run_%1/").arg(run, 2, 10, QChar(u'0'));
        if (auto ok = w.write(dir + QStringLiteral("metrics.json"),
                              QByteArray("{\"lr\": ") + QByteArray::number(0.0001 * (run + 1)) +
                                  ", \"loss\": " + QByteArray::number(0.3 + random.between(0, 300) / 1000.0) +
                                  "}\n");
            !ok)
            return ok;
        // A run whose output was cut off by the runtime: a zero-byte result file.
        if (auto ok =
                w.write(dir + QStringLiteral("output.csv"), run == 5 ? QByteArray() : csvTable(random, 30));
            !ok)
            return ok;
    }
    return {};
}

struct DemoNotebook
{
    const char* member;
    const char* file;
    const char* accelerator;
    const char* runner; // empty: not chosen yet
    qint64 expectedOutput;
};

const DemoNotebook kNotebooks[] = {
    {"ana", "01_data_overview", "", "ana", 0},
    {"ana", "02_train_resnet", "GPU", "ben", 1 * GB},
    {"ana", "03_evaluate", "", "ana", 50 * MB},
    {"ben", "bert_finetune", "GPU", "ben", 2500 * MB},
    {"ben", "sweep_analysis", "", "", 0},
    {"ben", "error_analysis", "", "ben", 0},
    {"chen", "embeddings", "GPU", "chen", 6 * GB},
    {"chen", "tsne_plots", "", "chen", 10 * MB},
    {"chen", "vit_pretrain", "TPU", "dara", 4 * GB},
    {"dara", "ablation_study", "GPU", "dara", 800 * MB},
    {"dara", "feature_engineering", "", "dara", 0},
    {"dara", "legacy_paths", "", "", 0},
};

QStringList demoCode(const DemoNotebook& nb)
{
    QStringList code = {
        QStringLiteral(
            "import os\nROOT_PATH = os.environ.get('ROOT_PATH', '/content/drive/MyDrive/vision-team')"),
        QStringLiteral("import pandas as pd\ndf = "
                       "pd.read_csv(f'{ROOT_PATH}/data/raw/tabular/part-000.csv')\ndf.describe()"),
        QStringLiteral("out = f'{ROOT_PATH}/results/%1/%2'\nos.makedirs(out, exist_ok=True)")
            .arg(QLatin1String(nb.member), QLatin1String(nb.file))};
    if (QLatin1String(nb.file) ==
        QLatin1String("legacy_paths")) // a lint finding on purpose: a hard-coded absolute path
        code << QStringLiteral(
            "df = pd.read_csv('/content/drive/MyDrive/vision-team/data/raw/tabular/part-001.csv')");
    return code;
}

// Fills a new, empty demo folder `top`; createDemoWorkspace checks the folder and words a failure.
Result<DemoWorkspaceReport> buildDemo(const QString& top, const QString& indexPath)
{
    DemoWorkspaceReport report;
    report.repoDir = top + QStringLiteral("/repo");
    report.sharedDir = top + QStringLiteral("/shared");
    report.remoteDir = top + QStringLiteral("/remote.git");
    // Derived from the folder: stable for one demo, different for two demos (local settings are keyed by it).
    report.workspaceId =
        QStringLiteral("demo-") +
        QString::fromLatin1(
            QCryptographicHash::hash(top.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    report.lead = QStringLiteral("ana");

    WorkspaceInitOptions init;
    init.repoDir = report.repoDir;
    init.rootDir = report.sharedDir;
    init.name = QStringLiteral("Vision team (demo)");
    init.lead = Member{report.lead,
                       QStringLiteral("Ana Lima"),
                       QStringLiteral("ana@example.org"),
                       MemberRole::Lead,
                       20 * GiB,
                       {}};
    init.workspaceId = report.workspaceId;
    init.indexPath = indexPath;
    auto created = initWorkspace(init);
    if (!created)
        return created.error();
    Workspace& ws = created->workspace;

    WorkspaceEditor editor(ws);
    const Member team[] = {
        {QStringLiteral("ben"),
         QStringLiteral("Ben Okafor"),
         QStringLiteral("ben@example.org"),
         MemberRole::Member,
         15 * GiB,
         {}},
        {QStringLiteral("chen"),
         QStringLiteral("Chen Wei"),
         QStringLiteral("chen@example.org"),
         MemberRole::Member,
         10 * GiB,
         {}},
        {QStringLiteral("dara"),
         QStringLiteral("Dara Murphy"),
         QStringLiteral("dara@example.org"),
         MemberRole::Member,
         15 * GiB,
         {}},
    };
    for (const Member& m : team)
        if (auto added = editor.addMember(m); !added)
            return added.error();
    report.members = ws.manifest.members.size();

    DemoWriter shared(report.sharedDir);
    if (auto ok = writeSharedFolder(shared); !ok)
        return ok.error();
    report.files = shared.files;
    report.apparentBytes = shared.bytes;

    DemoWriter repo(report.repoDir);
    Manifest manifest = ws.manifest;
    int seed = 0;
    for (const DemoNotebook& nb : kNotebooks) {
        const QString path =
            QStringLiteral("notebooks/%1/%2.ipynb").arg(QLatin1String(nb.member), QLatin1String(nb.file));
        const DemoNotebookSpec spec{QLatin1String(nb.file), QLatin1String(nb.accelerator), demoCode(nb),
                                    ++seed};
        // Committed as the team's own stripper leaves them (no outputs, counts or run records), so that
        // `notebook strip --check` passes and an nbstripout filter in a teammate's clone finds nothing to
        // change.
        auto stripped = nb::stripNotebookBytes(demoNotebookJson(spec), manifest.policies.strip, path);
        if (!stripped)
            return stripped.error();
        if (auto ok = repo.write(path, *stripped); !ok)
            return ok.error();
        manifest.notebooks << NotebookAssignment{
            path,
            QLatin1String(nb.member),
            QLatin1String(nb.runner),
            nb.expectedOutput > 0 ? std::optional<qint64>(nb.expectedOutput) : std::nullopt,
            std::nullopt,
            {}};
    }
    if (auto ok = repo.write(
            "README.md",
            "# Vision team (demo)\n\nA Teamspace demo workspace. Shared data lives in ../shared.\n");
        !ok)
        return ok.error();
    if (auto ok = saveManifest(manifest, ws.repoDir); !ok)
        return ok.error();
    ws.manifest = manifest;
    report.notebooks = manifest.notebooks.size();
    if (auto ok = ActivityLog::record(
            ws, QStringLiteral("notebook.assign"), QStringLiteral("notebooks"),
            QStringLiteral("assigned owners and runners of %1 demo notebooks").arg(report.notebooks));
        !ok)
        return ok.error();

    auto git = git::GitRepository::open(report.repoDir);
    if (!git)
        return git.error();
    if (auto commit = git->commitAll(QStringLiteral("Demo workspace: team, layout, notebooks"),
                                     {init.lead.name, init.lead.email});
        !commit)
        return commit.error();
    if (auto bare = git::GitRepository::initBare(report.remoteDir); !bare)
        return bare.error();
    if (auto ok = git->addRemote(QStringLiteral("origin"), report.remoteDir); !ok)
        return ok.error();
    if (auto ok = git->push(QStringLiteral("origin"), QStringLiteral("main")); !ok)
        return ok.error();
    return report;
}

} // namespace

Result<DemoWorkspaceReport> createDemoWorkspace(const QString& dir, const QString& indexPath)
{
    const QFileInfo info(dir);
    if (info.exists() && (!info.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                              QDir::Hidden | QDir::System)))
        return Error::usage(
            QStringLiteral("%1: exists and is not an empty folder; give a new folder for the demo").arg(dir));
    if (!QDir().mkpath(dir + QStringLiteral("/shared")))
        return Error::failed(QStringLiteral("%1: cannot create the folder (check permissions)").arg(dir));
    auto built = buildDemo(QFileInfo(dir).canonicalFilePath(), indexPath);
    if (!built)
        return built.error().prefixed(
            QStringLiteral("demo create stopped part-way (delete %1 and run it again): ").arg(dir));
    return built;
}

} // namespace ts::services
