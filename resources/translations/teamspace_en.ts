<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Hazards</name>
    <message>
        <source>%1 is larger than the split threshold of %2; shared drives refuse or throttle downloads of files this large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split it into parts under %1 (e.g. `split -b %2`), or shard the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries directly in this folder (limit %2); listing it can time out on a mounted drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group the files into sub-folders of fewer than %1 entries, or pack them into archives or shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries at the top of the shared folder (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move loose files into the layout&apos;s folders (data/, results/&lt;member&gt;/, models/); see `teamspace-cli layout check`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1 file: a write that failed silently (quota, many simultaneous writers, runtime killed) leaves exactly this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-run the step that writes it, then check its size; delete it if it should not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid notebook: %1 at byte %2 of %3 (a write cut off part-way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore it from git (`git checkout -- FILE`) or from the runtime&apos;s copy, then save it once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; / ======= / &gt;&gt;&gt;&gt;&gt;&gt;&gt;) from line %1: a merge was saved or committed unresolved, and Jupyter cannot open the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the file in a text editor and keep one side of each conflict (delete the marker lines and the other side), or take a whole version from history: `git log -- FILE`, then `git checkout COMMIT -- FILE`; commit the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s newest checkpoint is %2 old (limit %3) while their results changed %4 after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a checkpoint now and at least every %1 (runtimes stop after 12 h, or 1 h idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a git repository inside the shared folder: the drive syncs its lock and pack files mid-write and corrupts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the repository to a local disk and push to a remote; keep only data in the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database file in the shared folder: shared drives do not honour its locks, so concurrent use corrupts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the database on a local disk and share exports (CSV, Parquet) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symlink (to %1) in the shared folder: Drive mounts cannot hold links, so other members get nothing or a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace it by the file itself, or by a path in a config file that each notebook resolves from ROOT_PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty the trash, or truncate files to zero bytes before deleting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2 in results and checkpoints, %3 over the quota of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete or move %1&apos;s old results and checkpoints, raise the quota (`teamspace-cli member update %1 --quota SIZE`), or pick another runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a trash folder holding %1 in %n files: deleted files still count against quota</source>
        <translation>
            <numerusform>a trash folder holding %1 in %n file: deleted files still count against quota</numerusform>
            <numerusform>a trash folder holding %1 in %n files: deleted files still count against quota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>and %n more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceWizard</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelCatalog</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 notebooks in the repository are named %2 and none is clearly the one this copy was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notebook in the repository is named like this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a notebook: review it in a text editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link, never written through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no owner; a lead can assign one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, who owns %2, can apply its cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreemapText</name>
    <message>
        <source>raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n small entries, %2 together, each too small to draw</source>
        <translation>
            <numerusform>%1: %n small entry, %2, too small to draw</numerusform>
            <numerusform>%1: %n small entries, %2 together, each too small to draw</numerusform>
        </translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>folder of %n files</source>
        <translation>
            <numerusform>folder of %n file</numerusform>
            <numerusform>folder of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4 · kind: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>\1: \2; set who you are in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ask the lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set who you are in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount it, or choose where it is in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then choose it in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the shared folder in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the folder that holds teamspace.json, or create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign one in the Notebooks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Notebooks panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the Members panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the Members panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan in the Storage panel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead records one in the Raw data panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record one in the Raw data panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the Layout panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials… in the Sync panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a keyring (gnome-keyring or KWallet) and unlock it, then sign in again; or let git&apos;s credential helpers sign in to \1 (Credentials… in the Sync panel); or start Teamspace with TEAMSPACE_GIT_TOKEN set to a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sign in with Credentials… in the Sync panel, with a password or token or through git&apos;s credential helpers; or start Teamspace with TEAMSPACE_GIT_TOKEN set to a token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::ActivityModel</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside cells applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data unprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data baseline recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed to the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed, not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync refused a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside copy discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::DuplicateGroupsModel</name>
    <message>
        <source>%L1 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes would be freed by keeping one copy (nothing is ever deleted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::GrowthModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes in %L2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes, %L2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::HazardsModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::KindUsageModel</name>
    <message>
        <source>%L1 bytes (%2 on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LargestFilesModel</name>
    <message>
        <source>%L1 bytes (%2 on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LayoutModel</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file instead of folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable (see Raw data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection unknown on this mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: move or rename it, then apply the layout again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::LintFindingsModel</name>
    <message>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::MemberUsageModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::MembersModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::NotebooksModel</name>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned in teamspace.json but there is no such file in the repository: restore it, or remove its assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no assignment yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this notebook: assign an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default owner (the notebook has no assignment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runner chosen: assign one to plan where its outputs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned in the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither planned nor declared by the notebook: CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3
%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripped as the policy wants (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripping would make it %1 (%2), now %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook has no generated ROOT_PATH first cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ROOT_PATH cell is not first or differs from what would be generated now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runner or owner to generate the ROOT_PATH cell for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
results %2 (%3), checkpoints %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RawChangesModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same size as in the baseline, different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RawFoldersModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writable: %L1 of %L2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown on this mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on the folder itself; some entries inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permissions kept elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable, for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1 on the folder, owner %2, group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can write the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::RunnerCandidatesModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::SizeTreeModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link, counted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (apparent)
%2 allocated on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest file below: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attributed to a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink to %1 (not followed; its size is not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hard link: %n paths share this file; its bytes are counted here</source>
        <translation>
            <numerusform>hard link: %n paths share this file; its bytes are counted here</numerusform>
            <numerusform>hard link: %n paths share this file; its bytes are counted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hard link: %n paths share this file; its bytes are counted elsewhere</source>
        <translation>
            <numerusform>hard link: %n paths share this file; its bytes are counted elsewhere</numerusform>
            <numerusform>hard link: %n paths share this file; its bytes are counted elsewhere</numerusform>
        </translation>
    </message>
    <message>
        <source>Space allocated on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apparent size (bytes in the files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the folder above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders: the newest file below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::AboutDialog</name>
    <message>
        <source>About Teamspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Teamspace %1&lt;/h3&gt;&lt;p&gt;A shared workspace for small machine-learning teams: a fixed folder layout, raw data nobody can damage, one owner and one runner per notebook, storage everyone can see, and notebooks synced through git without lost edits.&lt;/p&gt;&lt;p&gt;Everything here is also a command of &lt;tt&gt;teamspace-cli&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Teamspace authors. Licensed under the Apache License, Version 2.0 (&lt;a href=&quot;https://www.apache.org/licenses/LICENSE-2.0&quot;&gt;https://www.apache.org/licenses/LICENSE-2.0&lt;/a&gt;); distributed on an &quot;AS IS&quot; BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.&lt;/p&gt;&lt;p&gt;It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), libgit2 (GPL-2.0 with a linking exception), SQLite (public domain) and xxHash (BSD-2-Clause); Help ▸ About Qt says more about Qt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::ActivityPanel</name>
    <message>
        <source>Search who, what, path and details (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the activity log… %1 entries so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet. Changes made with Teamspace on this computer (members, layout, raw data, notebooks, syncs) appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry, %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 unreadable row skipped (written by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 unreadable rows skipped (written by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of changes made with Teamspace on this computer; new entries appear while this panel is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 rows shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when, newest first; filtered by the search, member, kind and time above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2GB or 1.5GiB; empty: not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking the members by free quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to teamspace.json; published with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner (edits it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runner (pays for its outputs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested runners, most free quota first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB, TiB powers of 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members have room for its outputs. Hover a row for the arithmetic; choose a row to make that member the runner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::CredentialsDialog</name>
    <message>
        <source>Sign In to the Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamspace signs in to %1 with this user name and password or access token. They are kept in this computer&apos;s keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password stored for %1 from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored for %1; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password for %1 was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name and the password or token first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let &amp;git&apos;s credential helpers sign in instead, as git push does here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamspace asks git&apos;s credential helpers (git credential fill) for %1 before its keychain, and tells them whether the password worked. Nothing is stored by Teamspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git&apos;s credential helpers sign in to this remote; no keychain is reachable to store a password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Credentials… in the Sync panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the box above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::DuplicatesView</name>
    <message>
        <source>&amp;Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and compares the files that have the same size. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files that have the same size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicate files</source>
        <translation>
            <numerusform>%n group of duplicate files</numerusform>
            <numerusform>%n groups of duplicate files</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 reclaimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %L1 files (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicates reads every file that has a twin of the same size, which takes a while on a big shared folder. It never deletes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files</source>
        <translation>
            <numerusform>%n group of identical files</numerusform>
            <numerusform>%n groups of identical files</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1 would be freed by keeping one copy of each. Nothing is deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of identical files with the space each group could free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::EntryActions</name>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Containing Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::FilterChip</name>
    <message>
        <source>Show everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::GrowthView</name>
    <message>
        <source>No earlier scan to compare: growth is shown once a later scan finds changes. Scan again after the team has worked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous scan the workspace grew by %1 (%L2 files now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous scan the workspace shrank by %1 (%L2 files now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes before, %L2 bytes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth since the previous scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders that grew or shrank most between the last two scans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::HazardsView</name>
    <message>
        <source>No hazards found by the last scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>%n hazard</numerusform>
            <numerusform>%n hazards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one to see where it is and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the shared folder, worst first; select one for where it is and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::JoinDialog</name>
    <message>
        <source>The remote asks who you are: sign in with your user name and password or access token for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote refused the user name and password stored for it: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a Team&apos;s Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the team&apos;s notebook repository to this computer. Ask your team lead for its address (it looks like https://host/team/notebooks.git or a folder on a share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://github.com/team/notebooks.git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it in &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder on this computer, not the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects: %L1 of %L2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list? Ask the team lead to add you as a member, then join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the team&apos;s shared folder (raw data, results, checkpoints) mounted on this computer? You can skip this and set it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likely folders on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: set it later in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this folder anyway: I am sure it is the team&apos;s shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared folder: the workspace opens without one until you set it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: the team&apos;s repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish without a shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Repository In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Team&apos;s Shared Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none found: type the folder or use Browse…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository cannot be joined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you in &quot;%1&quot;? Teamspace remembers it for this workspace on this computer; it decides which notebooks you may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential saved in the keychain; cloning again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be the shared folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like this team&apos;s shared folder: %1 of %2 of its folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %L1 of %L2 raw files checked are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You can read it but not write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not look like this team&apos;s shared folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team as the repository lists it; choose who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the shared folder may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders on this computer that look like the team&apos;s shared folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::LargestView</name>
    <message>
        <source>No files in the index yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n largest files: %1 together.</source>
        <translation>
            <numerusform>The largest file: %1.</numerusform>
            <numerusform>The %n largest files: %1 together.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hard-linked copies count once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest files of the shared folder, largest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::LayoutPanel</name>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Layout&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared folder is set on this machine: only the repository&apos;s folders are shown. Set it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the missing folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create: every expected folder was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n folder(s): %1.</source>
        <translation>
            <numerusform>Created %n folder: %1.</numerusform>
            <numerusform>Created %n folders: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone, files are in the way of %n folders: %1 (move or rename the files, then apply again).</source>
        <translation>
            <numerusform>Left alone, a file is in the way of %n folder: %1 (move or rename the file, then apply again).</numerusform>
            <numerusform>Left alone, files are in the way of %n folders: %1 (move or rename the files, then apply again).</numerusform>
        </translation>
    </message>
    <message>
        <source>No shared folder is set on this machine: set it in Preferences first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the missing folders. Nothing is ever deleted, moved or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked by a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each folder the layout expects and whether it is there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::MainWindow</name>
    <message>
        <source>%1 was opened again: this window already shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrives in a later version of Teamspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a team&apos;s notebook repository to this computer and say who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Teamspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already open in another Teamspace window, which was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this version of Teamspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Teamspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas of the workspace, one panel each; Ctrl+1 to Ctrl+8 switch between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit Teamspace is built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short slug, e.g. ana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id names this member&apos;s folders and notebook assignments, so it cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org (their git identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15GB or 1.5GiB; empty: no quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1 already exists (choose another id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB, TiB powers of 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::MembersPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), %1 of quota in total</source>
        <translation>
            <numerusform>%n member, %1 of quota in total</numerusform>
            <numerusform>%n members, %1 of quota in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only until the workspace reloads (see the message at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a lead: changes are saved to teamspace.json and published with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are is not set on this computer (set it in Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1, not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only a lead (%2) changes the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved, the workspace is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 owns or runs %n notebooks (%2). Hand them to other members first, then remove %1?</source>
        <translation>
            <numerusform>%1 owns or runs %n notebook (%2). Hand it to another member first, then remove %1?</numerusform>
            <numerusform>%1 owns or runs %n notebooks (%2). Hand them to other members first, then remove %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the team? Their folders and files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1; their folders stay: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team: role, quota and usage of each member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::MembersTableProxy</name>
    <message>
        <source>You, on this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NewWorkspaceWizard</name>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace and choose how its folders are laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Vision Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(one per member)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;i&gt;(raw data, to protect)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the shared folder:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;b&gt;In the notebook repository:&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, as the team&apos;s lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and e-mail are those git records on your commits; the id names your folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git has no name or e-mail configured on this computer: type yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from your git settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an id (lower-case letters and digits, e.g. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the team&apos;s data lives: a drive or share every member mounts (Google Drive, OneDrive, Dropbox, a network share). The layout&apos;s data folders are created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: use &amp;one folder for both (the notebook repository holds the data too, kept out of git)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be used (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on this computer for the notebooks, synced with git. It is created if it does not exist; an existing git repository is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Notebook Repository Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the notebook repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A git remote (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the team&apos;s notebooks are published, e.g. an empty repository on GitHub or GitLab. Leave it empty to add one later. With one, the workspace is pushed when it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or token is kept in this computer&apos;s keychain, never in the repository or Teamspace&apos;s settings. Leave both empty for SSH (your SSH agent) or a local path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a git remote URL (https://…, ssh://…, host:path or a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the user name and the password or token, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https remote needs a user name and a password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Create makes what is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;, template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1 (%2), %3, lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook repository: %1 (teamspace.json, .gitignore, a git repository if there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder: the repository itself (the data folders are kept out of git)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder: %1 (the layout&apos;s data folders are created there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote: add one later from the Sync panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote origin: %1%2, pushed when created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (credential kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created, not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1.

But %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NextStepsView</name>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the panel for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NotebookDetails</name>
    <message>
        <source>ROOT_PATH cell: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell: current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell: outdated (not first, or for another runner or layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell: nobody to generate it for (no runner or owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strip outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ROOT_PATH &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notebook to see its health, its fixes and where its outputs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, runner not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, runner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not assigned in teamspace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: assigned in teamspace.json, but there is no such file in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last commit by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbformat %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 cells (%L2 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripped: nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stripped: %1 → %2 after stripping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh ROOT_PATH &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: nobody runs it, so its outputs have no folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: looking up the runner&apos;s folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on %1&apos;s quota: results in %2, checkpoints in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no results folder in the layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no checkpoints folder in the layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work at risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lint found in the selected notebook, one finding a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NotebookDiffModel</name>
    <message numerus="yes">
        <source>%n output(s), %1</source>
        <translation>
            <numerusform>%n output, %1</numerusform>
            <numerusform>%n outputs, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>outputs: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs unchanged: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs: reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbformat version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check to apply this change (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  metadata changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged cell(s) — press Return or double-click to show</source>
        <translation>
            <numerusform>%n unchanged cell — press Return or double-click to show</numerusform>
            <numerusform>%n unchanged cells — press Return or double-click to show</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells %1 to %2 are the same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NotebookDiffView</name>
    <message>
        <source>Notebook differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No differences: %n cells, all unchanged</source>
        <translation>
            <numerusform>No differences: %n cell, unchanged</numerusform>
            <numerusform>No differences: %n cells, all unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 modified, %2 added, %3 removed, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells of the notebook, changed ones marked; unchanged runs are folded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NotebooksPanel</name>
    <message>
        <source>Search path, owner or runner (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notebooks a member owns or runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notebooks with lint findings, outputs left in, a missing or outdated ROOT_PATH cell, a missing file or work at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign member&apos;s notebooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notebooks yet.
Notebooks (.ipynb files) committed to the repository appear here with their owner and runner; a lead then assigns who runs each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebooks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only until the workspace reloads (see the message at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a lead: assignments are saved to teamspace.json and published with the next sync. You strip and fix only your own notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity is not set on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1, not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only a lead (%2) assigns notebooks. You strip and fix your own notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n notebook</numerusform>
            <numerusform>%n notebooks</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 with a runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead assigns notebooks; ask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose owner, runner and accelerator (F2, Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notebook to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand all of one member&apos;s notebooks to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody owns it: read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to %1: read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove outputs as the team&apos;s policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the generated ROOT_PATH cell as the notebook&apos;s first cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to %2 (runner %3); published with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) of %1 reassigned</source>
        <translation>
            <numerusform>%n notebook of %1 reassigned</numerusform>
            <numerusform>%n notebooks of %1 reassigned</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 removed from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; published with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking notebooks: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1; open it from your notebook editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook not stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripped %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already stripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell of %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOT_PATH cell of %1 was already current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strip Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every notebook with its owner, runner and health; Return opens the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notebooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::NotebooksTableProxy</name>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::OverviewPanel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder (ROOT_PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set on this computer — set who you are in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), no lead</source>
        <translation>
            <numerusform>%n member, no lead</numerusform>
            <numerusform>%n members, no lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s); lead: %1</source>
        <translation>
            <numerusform>%n member; lead: %1</numerusform>
            <numerusform>%n members; lead: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in total over %n members</source>
        <translation>
            <numerusform>%1 for %n member</numerusform>
            <numerusform>%1 in total over %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>not set on this machine (set it in Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the repository itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s), %1 of them per member</source>
        <translation>
            <numerusform>%n folder, %1 of them per member</numerusform>
            <numerusform>%n folders, %1 of them per member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s) assigned, %1 with a runner</source>
        <translation>
            <numerusform>%n notebook assigned, %1 with a runner</numerusform>
            <numerusform>%n notebooks assigned, %1 with a runner</numerusform>
        </translation>
    </message>
    <message>
        <source>split files above %1 · at most %2 entries per folder · checkpoints stale after %3 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::Panel</name>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set — choose who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only, never in the repository. The repository is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can the shared folder when a workspace opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the Storage panel shows the last scan and you scan when you choose. A first scan of a large drive reads every folder and can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the system&apos;s light or dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Teamspace uses your desktop&apos;s colours, light or dark. Off: always the light colours of the style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shared folder that can be used (see why below the folder), or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::ProblemBanner</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again (F5). It is also re-read as soon as the file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only: the workspace could not be reloaded.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::RawPanel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the permissions and the baseline from the disk again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unprotect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection on this computer&apos;s file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;erify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept as New Baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: the content the team agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Raw data&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make raw data read-only?

%1 of %2 entries in %3 can be written now: their write permission is removed for the owner, the group, everyone else and every ACL entry. Nothing is deleted or moved, and no file&apos;s content changes.

A lead can give the owner write back with Unprotect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make raw data writable again?

The owner of each of the %1 entries in %2 gets write permission back, so anyone working as that user can change or delete raw files until it is protected again. ACL entries removed by Protect are not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s layout has no raw data folder, so there is nothing to protect or verify. A lead adds a folder with the role &quot;raw&quot; to the layout (data/raw in the team templates); the Layout panel then creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared folder is not reachable at %1, so the raw data cannot be checked. Mount it (or connect the drive), then Check Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet: apply the layout to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a %2 mount, which ignores or emulates permission bits: read-only here does not stop anyone. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 this computer enforces the permission bits: once protected, no one but an administrator can change the raw files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet. Take one to be able to tell later whether any raw file changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet: a lead (%1) takes it, then everyone can verify against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1%2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (when it arrived here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%L2 bytes, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: all %L1 files have the content of the baseline (compared with %2, just now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the baseline: %1 modified, %2 added, %3 removed; %L4 unchanged. If the change was intended, a lead accepts it as the new baseline; if not, restore the files from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read, so their integrity is unknown.</source>
        <translation>
            <numerusform>%n file could not be read, so its integrity is unknown.</numerusform>
            <numerusform>%n files could not be read, so their integrity is unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the permissions and the baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raw data folder in this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writable: %n raw folder(s)</source>
        <translation>
            <numerusform>Writable: %n raw folder</numerusform>
            <numerusform>Writable: %n raw folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Protection unknown on this mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw folder missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verify: %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verify: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your identity is not set on this computer: only a lead (%1) protects raw data or records its baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead protects raw data or records its baseline; ask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to protect: every entry is read-only already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove write permission from everything under the raw folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the owner write permission back (to add or fix raw files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the files as they are now the content everyone verifies against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the content of every raw file, to tell later whether any changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every raw file and compare its content with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no baseline to compare with yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only until the workspace reloads (see the message at the top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a lead: you may protect, unprotect and accept a new baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1, not a lead: only a lead (%2) protects raw data or records its baseline. You can verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 files, %4 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %L3 entries done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotect raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting raw data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprotecting raw data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: what was changed stays changed; the table shows the state now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data not unprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made %n entry(ies) read-only</source>
        <translation>
            <numerusform>Made %n entry read-only</numerusform>
            <numerusform>Made %n entries read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave the owner write on %n entry(ies)</source>
        <translation>
            <numerusform>Gave the owner write on %n entry</numerusform>
            <numerusform>Gave the owner write on %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source> (%L1 already were).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be changed: %1</source>
        <translation>
            <numerusform>%n entry could not be changed: %1</numerusform>
            <numerusform>%n entries could not be changed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify cancelled: nothing was compared to the end, and the baseline is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data changed since the baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data verified: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the baseline now?

Every file under %1 is read and its content hash recorded in raw-baseline.json in the repository; the next sync publishes it to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the files as they are now as the new baseline?

The %1 modified, %2 added and %3 removed files become part of the content everyone verifies against, and the change is recorded in the activity log. Do this only if the change was intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the files as they are now as the new baseline?

Every file under %1 is read again; whatever changed since the last verify becomes part of the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept as new baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the raw files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written; the baseline is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New baseline: %1, %2, with %3. Sync to share it with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each raw data folder, whether it is read-only and who can write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw files the last verify found changed, added or removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::ReassignDialog</name>
    <message>
        <source>owner and runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand Over %1&apos;s Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns and runs no notebooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 owns or runs %n notebooks; they move to the members chosen below in one edit.</source>
        <translation>
            <numerusform>%1 owns or runs %n notebook; it moves to the members chosen below.</numerusform>
            <numerusform>%1 owns or runs %n notebooks; they move to the members chosen below in one edit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks that move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then remove %1 from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to teamspace.json; published with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;runner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebooks were handed over, but %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::ScanControls</name>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the changes since the last scan (Shift+click: rescan everything). Only this computer&apos;s index is written; the shared folder is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every folder again instead of only the changed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scan; the previous index stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %L1 files and %L2 folders (%3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled after %1 s; the previous index is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 entries · %2 · %L3 entries/s · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared folder is set on this machine: set it in Preferences first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) could not be read.</source>
        <translation>
            <numerusform>%Ln entry could not be read.</numerusform>
            <numerusform>%Ln entries could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ts::gui::SetAsideView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook it shadows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-aside copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a copy to compare it with the notebook it shadows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for set-aside copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the set-aside copies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set-aside copies. When a sync keeps someone&apos;s edit of a notebook they do not own, the copy is listed here for the notebook&apos;s owner to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies kept by syncs. Select one to compare it with the notebook it shadows.</source>
        <translation>
            <numerusform>%n copy kept by syncs. Select it to compare it with the notebook it shadows.</numerusform>
            <numerusform>%n copies kept by syncs. Select one to compare it with the notebook it shadows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as it is now (%2&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s copy %2, kept %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a copy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the changes to take into %1 in the list of differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the checked changes into %1; the next sync commits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can discard it (it is in their set-aside folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this copy (Delete); git history keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or the notebook it shadows changed since the differences were shown; nothing was written. Look at them again and choose the cells anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s) to %1; the next sync commits it</source>
        <translation>
            <numerusform>Applied %n change to %1; the next sync commits it</numerusform>
            <numerusform>Applied %n changes to %1; the next sync commits it</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard %1?

The copy is deleted from this folder and the next sync removes it for everyone. Git history keeps it, so it can still be recovered from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard set-aside copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded %1; git history keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a sync kept instead of overwriting; select one to compare it with its notebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::SharedFolderBanner</name>
    <message>
        <source>&amp;Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the team&apos;s shared folder is mounted on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No shared folder is set for this workspace on this computer.&lt;/b&gt; Scanning, applying the layout and protecting raw data are off until you say where it is mounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The shared folder %1 is not there.&lt;/b&gt; Mount the drive and reload (F5), or locate it if it moved. Scanning, applying the layout and protecting raw data are off meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate the Shared Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a shared folder for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::SharedFolderField</name>
    <message>
        <source>The folder where the team&apos;s drive or share is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synced or network folders found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely places on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Shared Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: scanning, the layout and raw protection stay off on this computer until you choose the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the team&apos;s data lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: this is the notebook repository (or inside it, or holds it). The data folders would be created there and pushed with the notebooks; choose the separately mounted shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: you may not create folders in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository itself: this workspace was created as one folder for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: an empty folder; the layout&apos;s folders will be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the layout&apos;s folders will be created next to what is there; nothing is moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like this team&apos;s: %1 of %2 layout folders, %L3 of %L4 raw files checked are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like this team&apos;s: %1 of %2 layout folders are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable, but check it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::StorageEmptyState</name>
    <message>
        <source>&amp;Scan Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scan; nothing is kept from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan reads the shared folder and the notebook repository once and keeps what it found in an index on this computer. The Storage panel then shows where the space went, whose it is against each member&apos;s quota, what grew and what will cause trouble on the drive, without reading the drive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan only reads: nothing in the shared folder is changed. A large shared folder may take a few minutes; you can keep working and cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No scan of this workspace yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::StorageMembersView</name>
    <message>
        <source>Click a member to show only what is theirs in the tree and the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a kind to show only that kind of folder in the tree and the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over quota</source>
        <translation>
            <numerusform>%n over quota</numerusform>
            <numerusform>%n over quota</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 attributed to no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to filter the tree and the treemap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each member uses of their quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage by kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much space each kind of file takes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::StoragePanel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members &amp;&amp; kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the treemap colours its tiles; the legend under it names the colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the space the files take on the drive (allocated blocks) instead of their length; sparse and tiny files differ most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index from %1 · %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders and files by size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared folder as a tree, largest first; the treemap beside it shows the same selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::SyncChangesView</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fe&amp;tch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the remote what is new, without changing any file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or forget the user name and password or token for the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now: what was done is kept, and the next sync completes it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch cancelled: what is ahead or behind is as of the last fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no commit yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 · no remote: a sync commits on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with %1 yet: the remote has no branch %2 (the first sync creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to push · %2 to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fetched just now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (compared with the remote %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as of the last fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced from this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2. Use Sign In… to enter the user name and password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch (offline?): %1. What is ahead or behind is as of the last fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes on this computer: nothing to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync now would commit nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync now would commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 among them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n set-aside copy(ies)</source>
        <translation>
            <numerusform>%n set-aside copy</numerusform>
            <numerusform>%n set-aside copies</numerusform>
        </translation>
    </message>
    <message>
        <source>, set aside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, leave %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then fetch, merge and push to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync needs to know who you are: open the workspace as one of its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace: only members sync (ask a lead to add you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the fetch to finish, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit my notebooks (stripped), set aside edits to others&apos; files, fetch, merge, push and confirm (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This remote needs no sign-in (a folder on this computer or a share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 of %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripping and checking notebooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging what came in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %1 holds the new commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed on this computer; nothing was pushed (no remote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your changes are committed on this computer (%1) and go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost: what was done is kept and the next sync completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the remote failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote could not be reached (offline?), so nothing was pushed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote holds %1 (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brought in from the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the Set aside page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the next sync commits, pulls, sets aside or refuses, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last sync committed, pulled, set aside and refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch: %1. What is ahead or behind is as of the last fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git&apos;s credential helpers sign in to the remote from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::SyncHistoryView</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a notebook of a commit to see what that commit changed in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s)</source>
        <translation>
            <numerusform>%n notebook</numerusform>
            <numerusform>%n notebooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n other file(s)</source>
        <translation>
            <numerusform>, %n other file</numerusform>
            <numerusform>, %n other files</numerusform>
        </translation>
    </message>
    <message>
        <source>Return shows what this commit changed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing committed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n commits. Expand one and select a notebook to see what it changed.</source>
        <translation>
            <numerusform>The last commit. Expand it and select a notebook to see what it changed.</numerusform>
            <numerusform>The last %n commits. Expand one and select a notebook to see what it changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2&apos;s commit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last commits, newest first; expand one to see its notebooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::SyncPanel</name>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::TreemapBreadcrumb</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder that holds this one (Backspace, Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::TreemapCanvas</name>
    <message>
        <source>Treemap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::TreemapView</name>
    <message>
        <source>No index to show yet: scan the workspace to see where the space goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show: no file here takes any space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small entries, grouped per folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ts::gui::WelcomePage</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your team&apos;s workspace (File ▸ New Workspace…), join the workspace a lead shared with you (File ▸ Join Workspace…), or open the folder of a notebook repository that holds &lt;tt&gt;teamspace.json&lt;/tt&gt; (File ▸ Open Workspace…, Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a Team&apos;s Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a team&apos;s notebook repository to this computer and say who you are in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
