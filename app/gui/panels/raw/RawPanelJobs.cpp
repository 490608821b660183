// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// The Raw data panel's background jobs: load, protect / unprotect, verify, accept. Each runs a core service
// (the same call as the CLI's raw commands) through runInBackground with its own copy of a services::Call.
#include "panels/raw/RawPanel.h"

#include "Background.h"
#include "Dialogs.h"
#include "ProgressRelay.h"
#include "models/RawChangesModel.h"
#include "models/RawFoldersModel.h"
#include "permissions/RawFolders.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace ts::gui {

void RawPanel::refresh()
{
    if (isBusy() && m_job != Job::Loading)
        return; // the running job reads the state again when it ends
    const int generation = ++m_generation;
    if (!m_workspace) {
        m_job = Job::None;
        m_folders->setFolders({});
        updateState();
        return;
    }
    m_job = Job::Loading;
    updateState();
    // A newer load (or the panel going away) stops the walk of an older one.
    if (m_loadCancel)
        m_loadCancel->cancel();
    services::Call call;
    m_loadCancel = call.cancel;
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace](const services::Call& job) {
            State state;
            auto folders = permissions::rawFoldersOf(*workspace);
            state.hasRawFolders = !folders || !folders->isEmpty();
            if (folders)
                for (const permissions::RawFolder& f : *folders)
                    if (f.location == FolderLocation::Root && !QFileInfo(workspace->rootDir).isDir())
                        state.rootMissing = true;
            if (auto access = services::rawWriteAccess(*workspace, job))
                state.access = std::move(*access);
            else
                state.accessError = access.error().message;
            if (auto baseline = services::rawBaselineSummary(*workspace))
                state.baseline = std::move(*baseline);
            else
                state.baselineError = baseline.error().message;
            return state;
        },
        [this, generation](const State& state) {
            if (generation != m_generation)
                return; // a newer load is on its way
            if (m_job == Job::Loading)
                m_job = Job::None;
            showState(state);
            emit loaded();
        });
}

void RawPanel::startJob(Job job, const QString& text)
{
    ++m_generation; // a load in flight is superseded: the job reads the state again when it ends
    if (m_loadCancel)
        m_loadCancel->cancel();
    m_job = job;
    m_progress->setText(text);
    m_progressBar->setRange(0, 0);
    updateState();
}

void RawPanel::endJob()
{
    m_relay->flush();
    m_job = Job::None;
    m_cancel.reset();
    m_progress->clear();
    updateState();
    refresh();
}

void RawPanel::showProgress(const ts::Progress& progress)
{
    if (m_job == Job::Verify || m_job == Job::Accept) {
        // Content is what takes the time: the bar follows bytes when the baseline says how many there are.
        const qint64 totalBytes = m_job == Job::Verify && m_baseline ? m_baseline->bytes : 0;
        if (totalBytes > 0) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(int(qMin<qint64>(1000, 1000 * progress.bytes / totalBytes)));
        } else if (progress.total > 0) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(int(1000 * progress.done / progress.total));
        }
        QString read = QLocale().formattedDataSize(progress.bytes);
        if (totalBytes > 0)
            read = tr("%1 of %2").arg(read, QLocale().formattedDataSize(totalBytes));
        m_progress->setText(tr("%1: %L2 of %L3 files, %4 read")
                                .arg(m_job == Job::Verify ? tr("Verifying") : tr("Hashing"))
                                .arg(progress.done)
                                .arg(qMax<qint64>(progress.total, 0))
                                .arg(read));
    } else if (m_job == Job::Protect || m_job == Job::Unprotect) {
        m_progress->setText(
            tr("%1 %2: %L3 entries done")
                .arg(m_job == Job::Protect ? tr("Protecting") : tr("Unprotecting"), progress.current)
                .arg(progress.done));
    }
}

void RawPanel::cancel()
{
    if (m_cancel && isBusy() && m_job != Job::Loading) {
        m_cancel->cancel();
        m_progress->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    }
}

void RawPanel::protect()
{
    guard(true);
}

void RawPanel::unprotect()
{
    guard(false);
}

void RawPanel::guard(bool protect)
{
    if (!m_workspace || isBusy() || isReadOnly() || !isLead())
        return;
    m_dialogs.ask(
        this, protect ? tr("Protect raw data") : tr("Unprotect raw data"), confirmGuardText(protect),
        [this, protect](bool yes) {
            if (!yes || !m_workspace || isBusy())
                return;
            services::Call call;
            call.progress = m_relay->callback();
            m_cancel = call.cancel;
            startJob(protect ? Job::Protect : Job::Unprotect,
                     protect ? tr("Protecting raw data…") : tr("Unprotecting raw data…"));
            runInBackground(
                this, std::move(call),
                [workspace = m_workspace, protect](const services::Call& job) {
                    return protect ? services::protectRaw(*workspace, job)
                                   : services::unprotectRaw(*workspace, job);
                },
                [this, protect](const Result<services::RawGuardReport>& report) {
                    QString text;
                    if (!report) {
                        text = report.error().kind == ErrorKind::Cancelled
                                   ? tr("Cancelled: what was changed stays changed; the table "
                                        "shows the state now.")
                                   : report.error().message;
                        if (report.error().kind != ErrorKind::Cancelled)
                            m_dialogs.showError(
                                this, protect ? tr("Raw data not protected") : tr("Raw data not unprotected"),
                                text);
                    } else {
                        const permissions::GuardReport& g = report->guard;
                        text = protect
                                   ? tr("Made %n entry(ies) read-only", nullptr, g.changed.size())
                                   : tr("Gave the owner write on %n entry(ies)", nullptr, g.changed.size());
                        text += tr(" (%L1 already were).").arg(g.unchanged);
                        if (!g.errors.isEmpty())
                            text +=
                                u' ' + tr("%n entry(ies) could not be changed: %1", nullptr, g.errors.size())
                                           .arg(g.errors.constFirst().note);
                        if (g.needsSharingStep())
                            text += u' ' + g.sharingAdvice().join(u' ');
                        if (!report->logWarning.isEmpty())
                            text += u' ' + tr("Not in the activity log: %1").arg(report->logWarning);
                        emit statusMessage(text);
                    }
                    m_message->setText(text);
                    m_message->show();
                    m_message->setProperty("fromLoad", false);
                    endJob();
                    emit jobFinished();
                });
        });
}

void RawPanel::verify()
{
    if (!m_workspace || isBusy() || !m_baseline)
        return;
    services::Call call;
    call.progress = m_relay->callback();
    m_cancel = call.cancel;
    startJob(Job::Verify, tr("Verifying…"));
    runInBackground(
        this, std::move(call),
        [workspace = m_workspace](const services::Call& job) {
            return services::verifyRaw(*workspace, services::RawVerifyOptions{}, job);
        },
        [this](const Result<services::RawVerifyReport>& report) {
            if (!report) {
                const bool cancelled = report.error().kind == ErrorKind::Cancelled;
                const QString text = cancelled
                                         ? tr("Verify cancelled: nothing was compared to the end, and the "
                                              "baseline is unchanged.")
                                         : report.error().message;
                m_message->setText(text);
                m_message->show();
                m_message->setProperty("fromLoad", false);
                emit statusMessage(text);
            } else {
                m_message->hide(); // what an earlier action said is not news any more
                showVerify(*report);
                emit statusMessage(report->result.differs()
                                       ? tr("Raw data changed since the baseline: %1")
                                             .arg(tr("%n file(s)", nullptr, report->changes.size()))
                                       : tr("Raw data verified: unchanged"));
            }
            endJob();
            emit jobFinished();
        });
}

void RawPanel::accept()
{
    if (!m_workspace || isBusy() || isReadOnly() || !isLead())
        return;
    QString question;
    if (!m_baseline)
        question =
            tr("Take the baseline now?\n\nEvery file under %1 is read and its content hash recorded in "
               "raw-baseline.json in the repository; the next sync publishes it to the team.")
                .arg(services::rawFolderList(*m_workspace));
    else if (m_verify && m_verify->result.differs())
        question =
            tr("Accept the files as they are now as the new baseline?\n\nThe %1 modified, %2 added and "
               "%3 removed files become part of the content everyone verifies against, and the change "
               "is recorded in the activity log. Do this only if the change was intended.")
                .arg(m_verify->result.modified.size())
                .arg(m_verify->result.added.size())
                .arg(m_verify->result.removed.size());
    else
        question = tr("Record the files as they are now as the new baseline?\n\nEvery file under %1 is read "
                      "again; whatever changed since the last verify becomes part of the baseline.")
                       .arg(services::rawFolderList(*m_workspace));
    m_dialogs.ask(
        this, m_baseline ? tr("Accept as new baseline") : tr("Take baseline"), question, [this](bool yes) {
            if (!yes || !m_workspace || isBusy())
                return;
            services::Call call;
            call.progress = m_relay->callback();
            m_cancel = call.cancel;
            startJob(Job::Accept, tr("Hashing the raw files…"));
            runInBackground(
                this, std::move(call),
                [workspace = m_workspace](const services::Call& job) {
                    return services::acceptRawBaseline(*workspace, services::RawBaselineOptions{}, job);
                },
                [this](const Result<services::RawBaselineReport>& report) {
                    QString text;
                    if (!report || report->failure) {
                        const Error error = report ? *report->failure : report.error();
                        text = error.kind == ErrorKind::Cancelled
                                   ? tr("Cancelled: nothing was written; the baseline is as it was.")
                                   : error.message;
                        if (error.kind != ErrorKind::Cancelled)
                            m_dialogs.showError(this, tr("Baseline not recorded"), text);
                    } else {
                        text = tr("New baseline: %1, %2, with %3. Sync to share it with the team.")
                                   .arg(tr("%n file(s)", nullptr, report->files),
                                        QLocale().formattedDataSize(report->bytes),
                                        permissions::toString(report->algorithm));
                        if (!report->logWarning.isEmpty())
                            text += u' ' + tr("Not in the activity log: %1").arg(report->logWarning);
                        // The last verify compared with the old baseline: it no longer applies.
                        m_verify.reset();
                        m_changes->setChanges({});
                        m_verifyResult->clear();
                        emit statusMessage(text);
                        emit workspaceModified(); // raw-baseline.json changed in the repository
                    }
                    m_message->setText(text);
                    m_message->show();
                    m_message->setProperty("fromLoad", false);
                    endJob();
                    emit jobFinished();
                });
        });
}

} // namespace ts::gui
