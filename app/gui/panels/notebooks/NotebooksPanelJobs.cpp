// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// NotebooksPanel's background work and the actions on one notebook: last commits, runner outputs and health
// in batches (a newer setWorkspace cancels and drops the older jobs), the owner's fixes, the context menu.
#include "Background.h"
#include "Dialogs.h"
#include "models/NotebooksModel.h"
#include "panels/notebooks/NotebookDetails.h"
#include "panels/notebooks/NotebooksPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QUrl>

namespace ts::gui {

namespace {
constexpr int kHealthBatch = 100; // notebooks read per job: progress and merges a few times a second
} // namespace

void NotebooksPanel::startBackground()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
    m_cancel = std::make_shared<CancelToken>();
    m_healthPaths.clear();
    m_healthDone = 0;
    m_healthPending = 0;
    m_progress->clear();
    if (!m_workspace)
        return;
    const quint64 generation = m_generation;
    const WorkspacePtr ws = m_workspace;
    services::Call call;
    call.cancel = m_cancel;

    const QStringList all = m_model->paths();
    runInBackground(
        this, call, [ws, all](const services::Call& job) { return services::lastCommits(*ws, all, job); },
        [this, generation](Result<QHash<QString, services::LastCommit>> commits) {
            if (generation != m_generation)
                return;
            m_model->setLastCommits(commits ? *commits : QHash<QString, services::LastCommit>(),
                                    QDateTime::currentSecsSinceEpoch());
            if (!commits)
                emit statusMessage(commits.error().message);
            emit commitsLoaded();
        });
    runInBackground(
        this, [ws] { return services::runnerOutputs(*ws, QDateTime::currentMSecsSinceEpoch() * 1000000); },
        [this, generation](Result<QHash<QString, services::RunnerOutputs>> outputs) {
            if (generation != m_generation)
                return;
            if (outputs)
                m_model->setRunnerOutputs(*outputs);
            else
                emit statusMessage(outputs.error().message);
            updateSummary();
        });

    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->onDisk)
            m_healthPaths << m_model->rowAt(row)->path;
    m_healthPending = int((m_healthPaths.size() + kHealthBatch - 1) / kHealthBatch);
    if (m_healthPending == 0) {
        emit healthLoaded();
        return;
    }
    startHealthBatch(generation, 0);
}

void NotebooksPanel::startHealthBatch(quint64 generation, int from)
{
    m_progress->setText(tr("Checking notebooks: %L1 of %L2").arg(from).arg(m_healthPaths.size()));
    services::Call call;
    call.cancel = m_cancel;
    const QStringList batch = m_healthPaths.mid(from, kHealthBatch);
    runInBackground(
        this, call,
        [ws = m_workspace, batch](const services::Call& job) {
            return services::notebookHealth(*ws, batch, job);
        },
        [this, generation, from, count = int(batch.size())](QList<services::NotebookHealth> health) {
            if (generation != m_generation)
                return;
            m_model->setHealth(health);
            m_healthDone = from + count;
            --m_healthPending;
            updateSummary();
            if (m_healthPending > 0) {
                startHealthBatch(generation, m_healthDone);
                return;
            }
            m_progress->clear();
            emit healthLoaded();
        });
}

void NotebooksPanel::recheckHealth(const QString& path)
{
    m_model->clearHealth({path});
    const quint64 generation = m_generation;
    runInBackground(
        this, [ws = m_workspace, path] { return services::notebookHealth(*ws, {path}, services::Call{}); },
        [this, generation](QList<services::NotebookHealth> health) {
            if (generation != m_generation)
                return;
            m_model->setHealth(health);
            updateSummary();
            updateDetails();
        });
}

QString NotebooksPanel::absolutePath(const QString& path) const
{
    return m_workspace ? QDir(m_workspace->repoDir).absoluteFilePath(path) : QString();
}

void NotebooksPanel::openNotebook(const QString& path)
{
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(absolutePath(path))))
        emit statusMessage(tr("No application opens %1; open it from your notebook editor").arg(path));
}

void NotebooksPanel::openContainingFolder(const QString& path)
{
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(absolutePath(path)).absolutePath()));
}

void NotebooksPanel::stripNotebook(const QString& path)
{
    if (!m_workspace || path.isEmpty() || isReadOnly() || m_busy)
        return;
    m_busy = true;
    updateActions();
    runInBackground(
        this, [ws = m_workspace, path] { return services::stripMyNotebook(*ws, path); },
        [this, path](Result<nb::StripFileOutcome> outcome) {
            m_busy = false;
            if (!outcome) {
                m_dialogs.showError(this, tr("Notebook not stripped"), outcome.error().message);
            } else {
                const QLocale locale;
                emit statusMessage(outcome->changed
                                       ? tr("Stripped %1: %2 → %3")
                                             .arg(path, locale.formattedDataSize(outcome->bytesBefore),
                                                  locale.formattedDataSize(outcome->bytesAfter))
                                       : tr("%1 was already stripped").arg(path));
            }
            recheckHealth(path);
        });
}

void NotebooksPanel::refreshRootCell(const QString& path)
{
    if (!m_workspace || path.isEmpty() || isReadOnly() || m_busy)
        return;
    m_busy = true;
    updateActions();
    runInBackground(
        this, [ws = m_workspace, path] { return services::refreshMyRootCell(*ws, path); },
        [this, path](Result<bool> written) {
            m_busy = false;
            if (!written)
                m_dialogs.showError(this, tr("ROOT_PATH cell not written"), written.error().message);
            else
                emit statusMessage(*written ? tr("ROOT_PATH cell of %1 written").arg(path)
                                            : tr("ROOT_PATH cell of %1 was already current").arg(path));
            recheckHealth(path);
        });
}

void NotebooksPanel::showMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const QString path = index.data(NotebooksModel::PathRole).toString();
    const bool onDisk = index.data(NotebooksModel::OnDiskRole).toBool();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("notebooks.menu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto add = [menu](const QString& text, const QPushButton* like, auto slot) {
        QAction* action = menu->addAction(text, slot);
        if (like) {
            action->setEnabled(like->isEnabled());
            action->setToolTip(like->toolTip());
        }
        return action;
    };
    add(tr("&Assign…"), m_assign, [this] { openAssignDialog(); })->setShortcut(Qt::Key_F2);
    menu->addSeparator();
    add(tr("&Open Notebook"), nullptr, [this, path] { openNotebook(path); })->setEnabled(onDisk);
    add(tr("Open Containing &Folder"), nullptr, [this, path] { openContainingFolder(path); });
    add(tr("&Copy Path"), nullptr, [this, path] { QApplication::clipboard()->setText(absolutePath(path)); });
    menu->addSeparator();
    add(tr("&Strip Outputs"), m_details->stripButton(), [this, path] { stripNotebook(path); });
    add(m_details->rootCellButton()->text().remove(QLatin1Char('&')), m_details->rootCellButton(),
        [this, path] { refreshRootCell(path); });
    menu->setToolTipsVisible(true);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace ts::gui
