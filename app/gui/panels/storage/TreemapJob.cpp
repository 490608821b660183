// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/storage/TreemapJob.h"

#include "index/PathText.h"

#include <QElapsedTimer>
#include <QLocale>

namespace ts::gui {

QString treemapBandLabel(const TreemapTile& t, const TreemapJob& job)
{
    QString name = t.name;
    if (t.parentId == 0 && t.depth == 1)
        name = t.name == QStringLiteral("repo:.") ? job.repositoryName : job.sharedName;
    const QString size = QLocale().formattedDataSize(t.bytes);
    return t.folder ? name + QStringLiteral("  ") + size : name + u'\n' + size;
}

TreemapJobResult runTreemapJob(const TreemapJob& job, const CancelToken& cancel)
{
    TreemapJobResult r;
    r.generation = job.generation;
    r.relayout = job.relayout;
    r.size = QSizeF(job.size);
    QElapsedTimer timer;
    timer.start();
    if (job.relayout) {
        auto browser = index::IndexBrowser::open(job.database);
        if (!browser) {
            r.error = browser.error();
            return r;
        }
        r.root = job.root;
        if (!job.rootPath.isEmpty()) {
            auto found = browser->find(job.rootPath);
            if (!found) {
                r.error = found.error();
                return r;
            }
            r.root = found->value_or(0);
        }
        auto tiles = layoutTreemap(*browser, r.root, r.size, job.options, cancel);
        if (!tiles) {
            r.error = tiles.error();
            return r;
        }
        r.tiles = std::move(*tiles);
        r.crumbs.append({0, job.workspaceName});
        if (r.root != 0) {
            auto chain = browser->ancestors(r.root);
            if (!chain) {
                r.error = chain.error();
                return r;
            }
            chain->append(r.root);
            for (qint64 id : std::as_const(*chain)) {
                auto e = browser->entry(id);
                if (!e || !*e)
                    continue;
                QString name = index::displayPath((*e)->name);
                if ((*e)->parent == 0)
                    name = (*e)->top == index::Top::Repository ? job.repositoryName : job.sharedName;
                r.crumbs.append({id, name});
                if (id == r.root)
                    r.rootPath = (*e)->displayPath();
            }
        }
        r.layoutMs = timer.restart();
    } else {
        r.tiles = job.tiles;
    }
    if (cancel.isCancelled()) {
        r.error = Error::cancelled(QStringLiteral("treemap layout cancelled"));
        return r;
    }
    r.image = renderTreemap(r.tiles, job.size, job.devicePixelRatio, job.style,
                            [&job](const TreemapTile& t) { return treemapBandLabel(t, job); });
    r.renderMs = timer.elapsed();
    return r;
}

} // namespace ts::gui
