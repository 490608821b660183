#include "panels/notebooks/NotebooksTableProxy.h"

// SCAFFOLD: filled in by the panel part of issue 15.
namespace ts::gui {

NotebooksTableProxy::NotebooksTableProxy(QObject* parent) : QIdentityProxyModel(parent) {}

} // namespace ts::gui
