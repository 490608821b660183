// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "models/TreemapLayout.h"

#include "index/PathText.h"

#include <algorithm>
#include <numeric>

namespace ts {

namespace {

// The worst aspect ratio of a row of total `sum` (largest item `largest`, smallest `smallest`) laid along a
// side of length `side` (Bruls et al., eq. 1), in area units.
double worstRatio(double sum, double largest, double smallest, double side)
{
    const double s2 = side * side;
    const double sum2 = sum * sum;
    return std::max(s2 * largest / sum2, sum2 / (s2 * smallest));
}

} // namespace

QList<QRectF> squarify(const QList<qint64>& sizes, const QRectF& rect)
{
    const qsizetype n = sizes.size();
    QList<QRectF> out(n, QRectF(rect.topLeft(), QSizeF(0, 0)));
    double total = 0;
    for (qint64 s : sizes)
        total += s > 0 ? double(s) : 0.0;
    if (total <= 0 || rect.width() <= 0 || rect.height() <= 0)
        return out;
    const double scale = rect.width() * rect.height() / total;
    QRectF free = rect;
    qsizetype i = 0;
    while (i < n) {
        if (sizes[i] <= 0) {
            out[i] = QRectF(free.topLeft(), QSizeF(0, 0));
            ++i;
            continue;
        }
        const double side = std::min(free.width(), free.height());
        double rowSum = double(sizes[i]) * scale;
        double largest = rowSum, smallest = rowSum;
        double worst = worstRatio(rowSum, largest, smallest, side);
        qsizetype j = i + 1;
        while (j < n && sizes[j] > 0) {
            const double a = double(sizes[j]) * scale;
            const double next = worstRatio(rowSum + a, std::max(largest, a), std::min(smallest, a), side);
            if (next > worst)
                break;
            rowSum += a;
            largest = std::max(largest, a);
            smallest = std::min(smallest, a);
            worst = next;
            ++j;
        }
        // The row [i, j) fills a strip along the shorter side; the rest of the rectangle stays free.
        const bool last =
            j >= n || std::all_of(sizes.cbegin() + j, sizes.cend(), [](qint64 s) { return s <= 0; });
        double run = 0;
        if (free.width() >= free.height()) {
            const double thickness = last ? free.width() : std::min(free.width(), rowSum / free.height());
            for (qsizetype k = i; k < j; ++k) {
                const double a = double(sizes[k]) * scale;
                const double top = free.top() + run / rowSum * free.height();
                run += a;
                const double bottom = k + 1 == j ? free.bottom() : free.top() + run / rowSum * free.height();
                out[k] = QRectF(QPointF(free.left(), top), QPointF(free.left() + thickness, bottom));
            }
            free.setLeft(free.left() + thickness);
        } else {
            const double thickness = last ? free.height() : std::min(free.height(), rowSum / free.width());
            for (qsizetype k = i; k < j; ++k) {
                const double a = double(sizes[k]) * scale;
                const double left = free.left() + run / rowSum * free.width();
                run += a;
                const double right = k + 1 == j ? free.right() : free.left() + run / rowSum * free.width();
                out[k] = QRectF(QPointF(left, free.top()), QPointF(right, free.top() + thickness));
            }
            free.setTop(free.top() + thickness);
        }
        i = j;
    }
    return out;
}

QRectF treemapContentRect(const TreemapTile& folder, const TreemapOptions& options)
{
    const double p = options.headerHeight > 0 && folder.header <= 0 ? 0.0 : options.padding;
    return folder.rect.adjusted(p, p + folder.header, -p, -p);
}

namespace {

class Layouter
{
public:
    Layouter(index::IndexBrowser& browser, const TreemapOptions& options, const CancelToken& cancel)
        : m_browser(browser), m_options(options), m_cancel(cancel)
    {
    }

    Status prepare()
    {
        if (!m_options.filter.active())
            return {};
        auto view = m_browser.filterView(m_options.filter);
        if (!view)
            return view.error();
        m_view = std::move(*view);
        m_filtered = true;
        return {};
    }

    // The area an entry takes: a folder's (filtered) total, a counted regular file's size, else nothing.
    qint64 weightOf(const index::BrowseEntry& e) const
    {
        if (e.isFolder())
            return m_filtered ? m_view.totalsOf(e).bytes : e.bytes;
        if (e.type != index::EntryType::File || !e.counted)
            return 0;
        if (m_filtered && !m_view.filter.matches(e))
            return 0;
        return e.bytes;
    }

    qint64 filesOf(const index::BrowseEntry& e) const
    {
        if (!e.isFolder())
            return 1;
        return m_filtered ? m_view.totalsOf(e).files : e.files;
    }

    TreemapTile tileOf(const index::BrowseEntry& e, const QRectF& rect, int depth) const
    {
        TreemapTile t;
        t.id = e.id;
        t.parentId = e.parent;
        t.rect = rect;
        t.depth = depth;
        t.bytes = weightOf(e);
        t.folder = e.isFolder();
        t.kind = e.kind;
        t.member = e.member;
        t.name = e.name.isEmpty() ? e.displayPath() : index::displayPath(e.name);
        t.entries = filesOf(e);
        const double h = m_options.headerHeight;
        if (t.folder && h > 0 && rect.height() >= 3 * h && rect.width() >= 6 * h)
            t.header = h;
        return t;
    }

    // Lays out the folder tile at `index` (already in `tiles`) and, depth first, what lies in it.
    Status descend(QList<TreemapTile>& tiles, qsizetype index)
    {
        if (m_cancel.isCancelled())
            return Error::cancelled(QStringLiteral("treemap layout cancelled"));
        const TreemapTile folder = tiles[index];
        if (!folder.folder || folder.depth >= m_options.maximumDepth || folder.bytes <= 0)
            return {};
        const QRectF content = treemapContentRect(folder, m_options);
        if (content.width() < 2 || content.height() < 2 ||
            content.width() * content.height() <
                std::max(m_options.minimumTileArea, m_options.minimumFolderArea))
            return {};
        auto kids = m_browser.children(folder.id);
        if (!kids)
            return kids.error();
        tiles[index].expanded = true;
        return place(tiles, index, *kids, content, folder.depth + 1);
    }

    // Squarifies `kids` into `rect`: those below the minimum area merge into one aggregate tile, which
    // belongs to the folder at `parentIndex` in `tiles` (-1: the virtual root of the tops).
    Status place(QList<TreemapTile>& tiles, qsizetype parentIndex, const QList<index::BrowseEntry>& kids,
                 const QRectF& rect, int depth)
    {
        m_order.clear();
        qint64 total = 0;
        for (qsizetype k = 0; k < kids.size(); ++k) {
            const qint64 w = weightOf(kids[k]);
            if (w > 0) {
                m_order.append({w, k});
                total += w;
            }
        }
        if (total <= 0)
            return {};
        std::sort(m_order.begin(), m_order.end(),
                  [](const Item& a, const Item& b) { return a.weight > b.weight; });
        const double scale = rect.width() * rect.height() / double(total);
        qint64 aggregateBytes = 0, aggregateEntries = 0;
        qsizetype drawn = 0;
        while (drawn < m_order.size() && double(m_order[drawn].weight) * scale >= m_options.minimumTileArea)
            ++drawn;
        for (qsizetype k = drawn; k < m_order.size(); ++k) {
            aggregateBytes += m_order[k].weight;
            aggregateEntries += filesOf(kids[m_order[k].index]);
        }
        // The aggregate takes its place in the descending order, so the rows stay squarified.
        QList<qint64> sizes;
        sizes.reserve(drawn + 1);
        qsizetype aggregateAt = -1;
        for (qsizetype k = 0; k < drawn; ++k) {
            if (aggregateAt < 0 && aggregateBytes > 0 && aggregateBytes > m_order[k].weight) {
                aggregateAt = sizes.size();
                sizes.append(aggregateBytes);
            }
            sizes.append(m_order[k].weight);
        }
        if (aggregateAt < 0 && aggregateBytes > 0) {
            aggregateAt = sizes.size();
            sizes.append(aggregateBytes);
        }
        const QList<QRectF> rects = squarify(sizes, rect);

        QList<Item> folders; // m_order is reused by the recursion: keep what it needs
        for (qsizetype s = 0, k = 0; s < sizes.size(); ++s) {
            if (s == aggregateAt) {
                TreemapTile a;
                if (parentIndex >= 0) {
                    a.parentId = tiles[parentIndex].id;
                    a.kind = tiles[parentIndex].kind;
                    a.member = tiles[parentIndex].member;
                }
                a.rect = rects[s];
                a.depth = depth;
                a.bytes = aggregateBytes;
                a.aggregate = true;
                a.entries = aggregateEntries;
                tiles.append(a);
                continue;
            }
            const index::BrowseEntry& e = kids[m_order[k].index];
            tiles.append(tileOf(e, rects[s], depth));
            if (e.isFolder())
                folders.append({0, tiles.size() - 1});
            ++k;
        }
        for (const Item& f : folders)
            if (auto ok = descend(tiles, f.index); !ok)
                return ok;
        return {};
    }

    Result<QList<TreemapTile>> run(qint64 rootId, const QSizeF& size)
    {
        QList<TreemapTile> tiles;
        const QRectF whole(QPointF(0, 0), size);
        if (size.width() <= 0 || size.height() <= 0)
            return tiles;
        if (auto ok = prepare(); !ok)
            return ok.error();
        if (rootId == 0) {
            auto tops = m_browser.tops();
            if (!tops)
                return tops.error();
            if (auto ok = place(tiles, -1, *tops, whole, 1); !ok)
                return ok.error();
            return tiles;
        }
        auto root = m_browser.entry(rootId);
        if (!root)
            return root.error();
        if (!*root)
            return Error::badInput(
                QStringLiteral("%1: no entry %2 in the index (scan again, or go back to the top)")
                    .arg(m_browser.databasePath())
                    .arg(rootId));
        tiles.append(tileOf(**root, whole, 0));
        if (auto ok = descend(tiles, 0); !ok)
            return ok.error();
        return tiles;
    }

private:
    struct Item
    {
        qint64 weight = 0;
        qsizetype index = 0;
    };
    index::IndexBrowser& m_browser;
    const TreemapOptions& m_options;
    const CancelToken& m_cancel;
    index::FilterView m_view;
    bool m_filtered = false;
    QList<Item> m_order;
};

} // namespace

Result<QList<TreemapTile>> layoutTreemap(index::IndexBrowser& browser, qint64 rootId, const QSizeF& size,
                                         const TreemapOptions& options, const CancelToken& cancel)
{
    return Layouter(browser, options, cancel).run(rootId, size);
}

} // namespace ts
