// Presentation of the Notebooks table (icons drawn in the palette's text colour, status tones from
// PaletteColours, alignment, tooltips with exact bytes and times) over NotebooksFilterModel. No logic.
#pragma once

#include <QIdentityProxyModel>

namespace ts::gui {

class NotebooksTableProxy final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit NotebooksTableProxy(QObject* parent = nullptr);
};

} // namespace ts::gui
