<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditChain</name>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>the audit trail cannot be sealed: %1</source>
        <translation>the audit trail cannot be sealed: %1</translation>
    </message>
    <message>
        <source>the audit trail cannot be sealed (row %1): %2</source>
        <translation>the audit trail cannot be sealed (row %1): %2</translation>
    </message>
    <message>
        <source>the check was stopped</source>
        <translation>the check was stopped</translation>
    </message>
    <message>
        <source>the ledger cannot be read: %1</source>
        <translation>the ledger cannot be read: %1</translation>
    </message>
    <message>
        <source>the trigger %1 is missing: it was dropped behind the program&apos;s back</source>
        <translation>the trigger %1 is missing: it was dropped behind the program&apos;s back</translation>
    </message>
    <message>
        <source>the trigger %1 was changed</source>
        <translation>the trigger %1 was changed</translation>
    </message>
    <message>
        <source>the trigger %1 is not the program&apos;s</source>
        <translation>the trigger %1 is not the program&apos;s</translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation>the audit trail cannot be read: %1</translation>
    </message>
    <message>
        <source>audit row %1 was removed</source>
        <translation>audit row %1 was removed</translation>
    </message>
    <message>
        <source>audit rows %1 to %2 were removed</source>
        <translation>audit rows %1 to %2 were removed</translation>
    </message>
    <message>
        <source>audit row %1 (%2) is not sealed: it was written outside the program</source>
        <translation>audit row %1 (%2) is not sealed: it was written outside the program</translation>
    </message>
    <message>
        <source>audit row %1 (%2) was altered</source>
        <translation>audit row %1 (%2) was altered</translation>
    </message>
    <message>
        <source>%1 %2 was removed from the file without a trace in the audit trail (last recorded in audit row %3)</source>
        <translation>%1 %2 was removed from the file without a trace in the audit trail (last recorded in audit row %3)</translation>
    </message>
    <message>
        <source>%1 %2 is in the file, but the audit trail says it was deleted (audit row %3)</source>
        <translation>%1 %2 is in the file, but the audit trail says it was deleted (audit row %3)</translation>
    </message>
    <message>
        <source>%1 %2 is in the file, but not in the audit trail: it was added behind its back</source>
        <translation>%1 %2 is in the file, but not in the audit trail: it was added behind its back</translation>
    </message>
    <message>
        <source>%1 %2: %3 differs from what the audit trail recorded (last in audit row %4): it was changed behind the trail&apos;s back</source>
        <translation>%1 %2: %3 differs from what the audit trail recorded (last in audit row %4): it was changed behind the trail&apos;s back</translation>
    </message>
    <message>
        <source>audit rows %1 to %2 (sealed together by row %2) were altered: one of them differs from what was written</source>
        <translation>audit rows %1 to %2 (sealed together by row %2) were altered: one of them differs from what was written</translation>
    </message>
    <message>
        <source>audit rows %1 (%2) to %3 are not sealed: they were written outside the program</source>
        <translation>audit rows %1 (%2) to %3 are not sealed: they were written outside the program</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>Income or expense</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>Minutes taken by</translation>
    </message>
    <message>
        <source>Form of resolution</source>
        <translation>Form of resolution</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Households expected</source>
        <translation>Households expected</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>Households present</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Disclosed until</source>
        <translation>Disclosed until</translation>
    </message>
    <message>
        <source>Where posted</source>
        <translation>Where posted</translation>
    </message>
    <message>
        <source>Signed by (supervision committee)</source>
        <translation>Signed by (supervision committee)</translation>
    </message>
    <message>
        <source>Rule overridden</source>
        <translation>Rule overridden</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Taken down on</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Matter step</source>
        <translation>Matter step</translation>
    </message>
    <message>
        <source>%1, term %2</source>
        <translation>%1, term %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>(file contents)</source>
        <translation>(file contents)</translation>
    </message>
    <message>
        <source>%1 (batch %2)</source>
        <translation>%1 (batch %2)</translation>
    </message>
    <message>
        <source>%1 (batch %2, %3)</source>
        <translation>%1 (batch %2, %3)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>Reserve cadre</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Matter step</source>
        <translation>Matter step</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Finance item</source>
        <translation>Finance item</translation>
    </message>
    <message>
        <source>Notice template</source>
        <translation>Notice template</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Change of term</source>
        <translation>Change of term</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Amount (fen)</source>
        <translation>Amount (fen)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>System user</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>Villager groups</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives</source>
        <translation>Villagers&apos; representatives</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Collective income (yuan)</source>
        <translation>Collective income (yuan)</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>Star rating</translation>
    </message>
    <message>
        <source>Weak and lax</source>
        <translation>Weak and lax</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>Model village</translation>
    </message>
    <message>
        <source>Rule-of-law model village</source>
        <translation>Rule-of-law model village</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <source>In the ledger since</source>
        <translation>In the ledger since</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Reason withdrawn</source>
        <translation>Reason withdrawn</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Parent grid</source>
        <translation>Parent grid</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Export with full personal data</source>
        <translation>Export with full personal data</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Recorded at the upgrade</source>
        <translation>Recorded at the upgrade</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so an export with full personal data cannot be recorded in its audit trail</source>
        <translation>the ledger is open read-only, so an export with full personal data cannot be recorded in its audit trail</translation>
    </message>
    <message>
        <source>cannot record the export of %1: %2</source>
        <translation>cannot record the export of %1: %2</translation>
    </message>
    <message>
        <source>Earlier meeting of a step</source>
        <translation>Earlier meeting of a step</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>Reason for the motion</translation>
    </message>
    <message>
        <source>Township cadre attending</source>
        <translation>Township cadre attending</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s opinion</source>
        <translation>Supervision committee&apos;s opinion</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>the backup folder %1 cannot be created</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <source>%1 is open in another window or program; close it before restoring</source>
        <translation>%1 is open in another window or program; close it before restoring</translation>
    </message>
    <message>
        <source>the current ledger could not be saved first, so nothing was restored: %1</source>
        <translation>the current ledger could not be saved first, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>the current ledger could not be saved first, so nothing was restored</source>
        <translation>the current ledger could not be saved first, so nothing was restored</translation>
    </message>
    <message>
        <source>%1 could not be copied: is the disk full?</source>
        <translation>%1 could not be copied: is the disk full?</translation>
    </message>
    <message>
        <source>the restored file could not be put in place</source>
        <translation>the restored file could not be put in place</translation>
    </message>
    <message>
        <source>%1 is write-protected; nothing was restored</source>
        <translation>%1 is write-protected; nothing was restored</translation>
    </message>
    <message>
        <source>%1 is a backup of %2, but %3 is the ledger of %4; nothing was restored (to restore it all the same, confirm it, or use --force on the command line)</source>
        <translation>%1 is a backup of %2, but %3 is the ledger of %4; nothing was restored (to restore it all the same, confirm it, or use --force on the command line)</translation>
    </message>
    <message>
        <source>the restore was stopped</source>
        <translation>the restore was stopped</translation>
    </message>
    <message>
        <source>%1 could not be brought to the current format, so nothing was restored: %2</source>
        <translation>%1 could not be brought to the current format, so nothing was restored: %2</translation>
    </message>
    <message>
        <source>the restore could not be recorded, so nothing was restored: %1</source>
        <translation>the restore could not be recorded, so nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>new: exactly one FILE is needed</source>
        <translation>new: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>new: --township NAME is required</source>
        <translation>new: --township NAME is required</translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation>Created %1 for %2</translation>
    </message>
    <message>
        <source>demo: exactly one FILE is needed</source>
        <translation>demo: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>demo: --villages must be a number from 1 to 2000</source>
        <translation>demo: --villages must be a number from 1 to 2000</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number</source>
        <translation>demo: --seed must be a whole number</translation>
    </message>
    <message>
        <source>demo: --date must be written YYYY-MM-DD</source>
        <translation>demo: --date must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>demo: --households-per-village must be a number from 0 to 20000</source>
        <translation>demo: --households-per-village must be a number from 0 to 20000</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>Created demo ledger %1 with %2 villages</source>
        <translation>Created demo ledger %1 with %2 villages</translation>
    </message>
    <message>
        <source>check: exactly one FILE is needed</source>
        <translation>check: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>check: --date must be written YYYY-MM-DD</source>
        <translation>check: --date must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--quarter must be written like 2026Q3</source>
        <translation>--quarter must be written like 2026Q3</translation>
    </message>
    <message>
        <source>--out FILE.xlsx is required</source>
        <translation>--out FILE.xlsx is required</translation>
    </message>
    <message>
        <source>export: exactly one FILE is needed</source>
        <translation>export: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>rollup: name at least one ledger FILE</source>
        <translation>rollup: name at least one ledger FILE</translation>
    </message>
    <message>
        <source>rollup: %1</source>
        <translation>rollup: %1</translation>
    </message>
    <message>
        <source>notice: exactly one FILE is needed</source>
        <translation>notice: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>notice: --out FILE.pdf is required</source>
        <translation>notice: --out FILE.pdf is required</translation>
    </message>
    <message>
        <source>notice: give either --matter ID or --disclosure ID</source>
        <translation>notice: give either --matter ID or --disclosure ID</translation>
    </message>
    <message>
        <source>notice: --date must be written YYYY-MM-DD</source>
        <translation>notice: --date must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>notice: the ID must be a positive number</source>
        <translation>notice: the ID must be a positive number</translation>
    </message>
    <message>
        <source>notice: --kind must be resolution or result</source>
        <translation>notice: --kind must be resolution or result</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>notice: %1</translation>
    </message>
    <message>
        <source>notices: exactly one FILE is needed</source>
        <translation>notices: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>notices: --due-within must be a number of days from 0 to 366</source>
        <translation>notices: --due-within must be a number of days from 0 to 366</translation>
    </message>
    <message>
        <source>notices: --out FILE.pdf is required</source>
        <translation>notices: --out FILE.pdf is required</translation>
    </message>
    <message>
        <source>notices: --date must be written YYYY-MM-DD</source>
        <translation>notices: --date must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>notices: skipped: %1</source>
        <translation>notices: skipped: %1</translation>
    </message>
    <message>
        <source>No notice is due within %1 days.</source>
        <translation>No notice is due within %1 days.</translation>
    </message>
    <message>
        <source>notices: %1</source>
        <translation>notices: %1</translation>
    </message>
    <message>
        <source>Wrote %1 notices to %2</source>
        <translation>Wrote %1 notices to %2</translation>
    </message>
    <message>
        <source>import: exactly one ledger FILE is needed</source>
        <translation>import: exactly one ledger FILE is needed</translation>
    </message>
    <message>
        <source>import: name exactly one of --villages, --members, --households, --matters with the sheet file</source>
        <translation>import: name exactly one of --villages, --members, --households, --matters with the sheet file</translation>
    </message>
    <message>
        <source>import: --on-duplicate must be update or skip, not %1</source>
        <translation>import: --on-duplicate must be update or skip, not %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was imported</source>
        <translation>%1 is read-only; nothing was imported</translation>
    </message>
    <message>
        <source>Header in row %1; columns: %2</source>
        <translation>Header in row %1; columns: %2</translation>
    </message>
    <message>
        <source>new village: %1</source>
        <translation>new village: %1</translation>
    </message>
    <message>
        <source>new grid: %1</source>
        <translation>new grid: %1</translation>
    </message>
    <message>
        <source>new person: %1</source>
        <translation>new person: %1</translation>
    </message>
    <message>
        <source>row %1: rejected: %2: %3</source>
        <translation>row %1: rejected: %2: %3</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>nothing was imported: %1</translation>
    </message>
    <message>
        <source>read %1, imported %2, updated %3, skipped %4, rejected %5</source>
        <translation>read %1, imported %2, updated %3, skipped %4, rejected %5</translation>
    </message>
    <message>
        <source>backup before the import: %1</source>
        <translation>backup before the import: %1</translation>
    </message>
    <message>
        <source>the rejected rows could not be written: %1</source>
        <translation>the rejected rows could not be written: %1</translation>
    </message>
    <message>
        <source>rejected rows written to %1</source>
        <translation>rejected rows written to %1</translation>
    </message>
    <message>
        <source>audit: exactly one FILE is needed</source>
        <translation>audit: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>audit: --since must be a date such as 2026-07-01</source>
        <translation>audit: --since must be a date such as 2026-07-01</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1</source>
        <translation>
            <numerusform>%n change written to %1</numerusform>
            <numerusform>%n changes written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>backup: exactly one FILE is needed</source>
        <translation>backup: exactly one FILE is needed</translation>
    </message>
    <message>
        <source>restore: FILE and --from BACKUP are needed</source>
        <translation>restore: FILE and --from BACKUP are needed</translation>
    </message>
    <message>
        <source>the ledger as it was is kept at %1</source>
        <translation>the ledger as it was is kept at %1</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nothing was imported.</translation>
    </message>
    <message>
        <source>the audit trail is whole: %1 audit rows sealed, %2 records match it (%3 s)</source>
        <translation>the audit trail is whole: %1 audit rows sealed, %2 records match it (%3 s)</translation>
    </message>
    <message>
        <source>the audit trail is broken: %1 (%2 s)</source>
        <translation>the audit trail is broken: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Usage: township-ledger-cli COMMAND [OPTIONS]

Commands:
  new FILE --township NAME [--county NAME]   create an empty ledger
  demo FILE [--villages N] [--seed S] [--date YYYY-MM-DD] [--households-per-village M]
                                           create a demo ledger with realistic data
  check FILE [--date YYYY-MM-DD]             print every finding: village, rule, detail (tab-separated)
  export FILE --quarter 2026Q3 --out report.xlsx [--unmasked]
                                           the quarterly report to the county
  rollup --quarter 2026Q3 --out county.xlsx FILE...
                                           one county workbook from several townships&apos; ledgers
  notice FILE --matter ID --kind resolution|result --out notice.pdf
  notice FILE --disclosure ID --out notice.pdf
                                           a printed notice (公告/公示) as PDF
  notices FILE --due-within DAYS --out batch.pdf [--date YYYY-MM-DD]
                                           every notice due in the next DAYS, one per page
  import FILE --villages|--members|--households|--matters SHEETFILE [--create-villages]
         [--sheet NAME] [--on-duplicate update|skip] [--errors errors.xlsx] [--take-over-lock]
         [--new-term-from YYYY-MM-DD]
                                           import a list from .xlsx, .ods, .xls or .csv; prints the counts
  audit FILE [--since YYYY-MM-DD] [--out audit.xlsx] [--unmasked] [--verify]
                                           every recorded change, one per line (or as a workbook);
                                           ID and mobile numbers masked unless --unmasked;
                                           --verify: the trail&apos;s hash chain and a replay against
                                           the records (exit 1 naming the first broken one)
  backup FILE [--to PATH]                   a consistent copy (default: the backups folder beside FILE)
  restore FILE --from BACKUP [--clerk NAME] [--force]
                                           replace FILE by BACKUP (FILE is backed up first; a backup
                                           of another township only with --force)

--take-over-lock: a write command takes over the lock of a ledger that is marked as being edited
on another computer or by a program that was stopped (check first that nobody edits it).

Options for every command:
  --lang zh_CN|en   language of messages (default zh_CN)
  --help            this text
  --version         the program version

Exit codes: 0 done (check: no findings; import: every row imported), 1 check found findings,
import rejected rows or audit --verify found the trail broken, 2 error (import: nothing could
be read; nothing was written).
</source>
        <translation>Usage: township-ledger-cli COMMAND [OPTIONS]

Commands:
  new FILE --township NAME [--county NAME]   create an empty ledger
  demo FILE [--villages N] [--seed S] [--date YYYY-MM-DD] [--households-per-village M]
                                           create a demo ledger with realistic data
  check FILE [--date YYYY-MM-DD]             print every finding: village, rule, detail (tab-separated)
  export FILE --quarter 2026Q3 --out report.xlsx [--unmasked]
                                           the quarterly report to the county
  rollup --quarter 2026Q3 --out county.xlsx FILE...
                                           one county workbook from several townships&apos; ledgers
  notice FILE --matter ID --kind resolution|result --out notice.pdf
  notice FILE --disclosure ID --out notice.pdf
                                           a printed notice (公告/公示) as PDF
  notices FILE --due-within DAYS --out batch.pdf [--date YYYY-MM-DD]
                                           every notice due in the next DAYS, one per page
  import FILE --villages|--members|--households|--matters SHEETFILE [--create-villages]
         [--sheet NAME] [--on-duplicate update|skip] [--errors errors.xlsx] [--take-over-lock]
         [--new-term-from YYYY-MM-DD]
                                           import a list from .xlsx, .ods, .xls or .csv; prints the counts
  audit FILE [--since YYYY-MM-DD] [--out audit.xlsx] [--unmasked] [--verify]
                                           every recorded change, one per line (or as a workbook);
                                           ID and mobile numbers masked unless --unmasked;
                                           --verify: the trail&apos;s hash chain and a replay against
                                           the records (exit 1 naming the first broken one)
  backup FILE [--to PATH]                   a consistent copy (default: the backups folder beside FILE)
  restore FILE --from BACKUP [--clerk NAME] [--force]
                                           replace FILE by BACKUP (FILE is backed up first; a backup
                                           of another township only with --force)

--take-over-lock: a write command takes over the lock of a ledger that is marked as being edited
on another computer or by a program that was stopped (check first that nobody edits it).

Options for every command:
  --lang zh_CN|en   language of messages (default zh_CN)
  --help            this text
  --version         the program version

Exit codes: 0 done (check: no findings; import: every row imported), 1 check found findings,
import rejected rows or audit --verify found the trail broken, 2 error (import: nothing could
be read; nothing was written).
</translation>
    </message>
    <message>
        <source>import: --new-term-from needs a date such as 2026-05-10, not %1</source>
        <translation>import: --new-term-from needs a date such as 2026-05-10, not %1</translation>
    </message>
    <message>
        <source>Unused columns: %1</source>
        <translation>Unused columns: %1</translation>
    </message>
    <message>
        <source>row %1: skipped: %2</source>
        <translation>row %1: skipped: %2</translation>
    </message>
    <message numerus="yes">
        <source>row %1: imported with %n finding(s): %2</source>
        <translation>
            <numerusform>row %1: imported with %n finding: %2</numerusform>
            <numerusform>row %1: imported with %n findings: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between findings</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: members in post since %2, after the running term ended; to open the next term from the change of term, import again with --new-term-from DATE</source>
        <translation>%1: members in post since %2, after the running term ended; to open the next term from the change of term, import again with --new-term-from DATE</translation>
    </message>
    <message>
        <source>Derived columns (worked out by the program, not imported): %1</source>
        <translation>Derived columns (worked out by the program, not imported): %1</translation>
    </message>
    <message>
        <source>Audit trail with full personal data</source>
        <translation>Audit trail with full personal data</translation>
    </message>
    <message>
        <source>audit: the export could not be recorded in the audit trail, so the file was removed: %1</source>
        <translation>audit: the export could not be recorded in the audit trail, so the file was removed: %1</translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation>(standard output)</translation>
    </message>
    <message>
        <source>audit: full numbers are shown only when recorded in the audit trail: %1</source>
        <translation>audit: full numbers are shown only when recorded in the audit trail: %1</translation>
    </message>
</context>
<context>
    <name>CommitteeRepository</name>
    <message>
        <source>Term start: required</source>
        <translation>Term start: required</translation>
    </message>
    <message>
        <source>Term end: must be after the start</source>
        <translation>Term end: must be after the start</translation>
    </message>
    <message>
        <source>Term: term %1 of the %2 is still running; close it with a change of term first</source>
        <translation>Term: term %1 of the %2 is still running; close it with a change of term first</translation>
    </message>
    <message>
        <source>the date of the change of term is missing</source>
        <translation>the date of the change of term is missing</translation>
    </message>
    <message>
        <source>the %1 term %2 started on %3; a change of term must come after that</source>
        <translation>the %1 term %2 started on %3; a change of term must come after that</translation>
    </message>
    <message>
        <source>change of term</source>
        <translation>change of term</translation>
    </message>
    <message>
        <source>Term: the post must belong to a term</source>
        <translation>Term: the post must belong to a term</translation>
    </message>
    <message>
        <source>Post start: required</source>
        <translation>Post start: required</translation>
    </message>
    <message>
        <source>Post start: %1 is outside term %2 (%3 to %4)</source>
        <translation>Post start: %1 is outside term %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Post end: before its start</source>
        <translation>Post end: before its start</translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation>Person: not found</translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation>Person: belongs to another village</translation>
    </message>
    <message>
        <source>Post: this person already holds a post in this %1 at that time</source>
        <translation>Post: this person already holds a post in this %1 at that time</translation>
    </message>
    <message>
        <source>Post: %1 is held by %2 since %3; record the end of that post first</source>
        <translation>Post: %1 is held by %2 since %3; record the end of that post first</translation>
    </message>
    <message>
        <source>the post no longer exists</source>
        <translation>the post no longer exists</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>body and role, e.g. 村民委员会委员; English puts a space between</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>the term no longer exists</source>
        <translation>the term no longer exists</translation>
    </message>
</context>
<context>
    <name>Components</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
</context>
<context>
    <name>Deliberation</name>
    <message>
        <source>%1 present but only %2 expected</source>
        <translation>%1 present but only %2 expected</translation>
    </message>
    <message>
        <source>%1 votes cast (for, against, abstain) but only %2 present</source>
        <translation>%1 votes cast (for, against, abstain) but only %2 present</translation>
    </message>
    <message>
        <source>party committee meeting: %1 of %2 members present, fewer than half</source>
        <translation>party committee meeting: %1 of %2 members present, fewer than half</translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than half</source>
        <translation>joint meeting: %1 of %2 members present, fewer than half</translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than two thirds</source>
        <translation>joint meeting: %1 of %2 members present, fewer than two thirds</translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 of %2 voting members present, fewer than half</source>
        <translation>party members&apos; meeting: %1 of %2 voting members present, fewer than half</translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 votes for is not more than half of the %2 voting members</source>
        <translation>party members&apos; meeting: %1 votes for is not more than half of the %2 voting members</translation>
    </message>
    <message>
        <source>the resolution does not say whether a villagers&apos; meeting or a representatives meeting decided</source>
        <translation>the resolution does not say whether a villagers&apos; meeting or a representatives meeting decided</translation>
    </message>
    <message>
        <source>representatives meeting: %1 of %2 representatives present, fewer than two thirds</source>
        <translation>representatives meeting: %1 of %2 representatives present, fewer than two thirds</translation>
    </message>
    <message>
        <source>villagers&apos; meeting: neither more than half of the adults (%1 of %2) nor two thirds of the households (%3 of %4) attended</source>
        <translation>villagers&apos; meeting: neither more than half of the adults (%1 of %2) nor two thirds of the households (%3 of %4) attended</translation>
    </message>
    <message>
        <source>resolution: %1 votes for is not more than half of the %2 present</source>
        <translation>resolution: %1 votes for is not more than half of the %2 present</translation>
    </message>
    <message>
        <source>expected and present counts are not recorded, so the quorum cannot be checked</source>
        <translation>expected and present counts are not recorded, so the quorum cannot be checked</translation>
    </message>
    <message>
        <source>the vote is not recorded</source>
        <translation>the vote is not recorded</translation>
    </message>
    <message>
        <source>step %1 is recorded although the matter was rejected at step %2</source>
        <translation>step %1 is recorded although the matter was rejected at step %2</translation>
    </message>
    <message>
        <source>step %1 was recorded before step %2 by override: %3</source>
        <translation>step %1 was recorded before step %2 by override: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>step %1 is recorded but step %2 is missing</source>
        <translation>step %1 is recorded but step %2 is missing</translation>
    </message>
    <message>
        <source>step %1 is dated %2, before step %3 (%4)</source>
        <translation>step %1 is dated %2, before step %3 (%4)</translation>
    </message>
    <message>
        <source>step %1: the end of the disclosure period is not recorded</source>
        <translation>step %1: the end of the disclosure period is not recorded</translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 working days, at least %3 required</source>
        <translation>step %1: disclosed for %2 working days, at least %3 required</translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 days, at least %3 required</source>
        <translation>step %1: disclosed for %2 days, at least %3 required</translation>
    </message>
    <message>
        <source>step %1: no supervision committee member signed the disclosure</source>
        <translation>step %1: no supervision committee member signed the disclosure</translation>
    </message>
    <message>
        <source>the %1 of %2 was disclosed on %3, later than %4 days after it</source>
        <translation>the %1 of %2 was disclosed on %3, later than %4 days after it</translation>
    </message>
    <message>
        <source>rejection</source>
        <translation>rejection</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>the %1 of %2 has not been disclosed (due by %3)</source>
        <translation>the %1 of %2 has not been disclosed (due by %3)</translation>
    </message>
    <message>
        <source>implementation was planned to finish on %1; the result is not disclosed (due by %2)</source>
        <translation>implementation was planned to finish on %1; the result is not disclosed (due by %2)</translation>
    </message>
    <message>
        <source>step %1: %2 expected at the meeting, but the village record has %3 %4</source>
        <translation>step %1: %2 expected at the meeting, but the village record has %3 %4</translation>
    </message>
    <message>
        <source>party members with a vote</source>
        <translation>party members with a vote</translation>
    </message>
    <message>
        <source>villager representatives</source>
        <translation>villager representatives</translation>
    </message>
    <message>
        <source>adult villagers</source>
        <translation>adult villagers</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>step %1 is recorded but the meeting of step %2 had no quorum and was not held again</source>
        <translation>step %1 is recorded but the meeting of step %2 had no quorum and was not held again</translation>
    </message>
    <message>
        <source>%1: the meeting is void, hold it again</source>
        <translation>%1: the meeting is void, hold it again</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of villages must be between 1 and 2000</source>
        <translation>the number of villages must be between 1 and 2000</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>resigned</source>
        <translation>resigned</translation>
    </message>
    <message>
        <source>change of term</source>
        <translation>change of term</translation>
    </message>
</context>
<context>
    <name>DisclosureRepository</name>
    <message>
        <source>Village: not found</source>
        <translation>Village: not found</translation>
    </message>
    <message>
        <source>Title: required</source>
        <translation>Title: required</translation>
    </message>
    <message>
        <source>Period: choose the month or quarter covered</source>
        <translation>Period: choose the month or quarter covered</translation>
    </message>
    <message>
        <source>End date: before the posting date</source>
        <translation>End date: before the posting date</translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation>Channels: name at least one (e.g. bulletin board)</translation>
    </message>
    <message>
        <source>Finance item %1: name the item</source>
        <translation>Finance item %1: name the item</translation>
    </message>
    <message>
        <source>Finance item %1: the amount cannot be negative (put it on the other side)</source>
        <translation>Finance item %1: the amount cannot be negative (put it on the other side)</translation>
    </message>
    <message>
        <source>Finance items belong to a finance disclosure</source>
        <translation>Finance items belong to a finance disclosure</translation>
    </message>
</context>
<context>
    <name>DisclosureText</name>
    <message>
        <source>Party affairs</source>
        <translation>Party affairs</translation>
    </message>
    <message>
        <source>Village affairs</source>
        <translation>Village affairs</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation>Villagers&apos; committee</translation>
    </message>
    <message>
        <source>Supervision committee</source>
        <translation>Supervision committee</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>Party secretary</translation>
    </message>
    <message>
        <source>Deputy party secretary</source>
        <translation>Deputy party secretary</translation>
    </message>
    <message>
        <source>Committee director</source>
        <translation>Committee director</translation>
    </message>
    <message>
        <source>Deputy committee director</source>
        <translation>Deputy committee director</translation>
    </message>
    <message>
        <source>Supervision director</source>
        <translation>Supervision director</translation>
    </message>
    <message>
        <source>Supervision deputy</source>
        <translation>Supervision deputy</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <source>Technical secondary / high school</source>
        <translation>Technical secondary / high school</translation>
    </message>
    <message>
        <source>Junior middle school or below</source>
        <translation>Junior middle school or below</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation>CPC probationary member</translation>
    </message>
    <message>
        <source>CYL member</source>
        <translation>CYL member</translation>
    </message>
    <message>
        <source>Masses</source>
        <translation>Masses</translation>
    </message>
    <message>
        <source>Democratic party member</source>
        <translation>Democratic party member</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Successful entrepreneur</source>
        <translation>Successful entrepreneur</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Returnee</translation>
    </message>
    <message>
        <source>College graduate</source>
        <translation>College graduate</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add reserve cadre %1</source>
        <translation>Add reserve cadre %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Add member %1</translation>
    </message>
    <message>
        <source>Changed post</source>
        <translation>Changed post</translation>
    </message>
    <message>
        <source>Change phone of %1</source>
        <translation>Change phone of %1</translation>
    </message>
    <message>
        <source>Change targets and rules</source>
        <translation>Change targets and rules</translation>
    </message>
    <message>
        <source>Edit reserve cadre %1</source>
        <translation>Edit reserve cadre %1</translation>
    </message>
    <message>
        <source>Remove reserve cadre %1</source>
        <translation>Remove reserve cadre %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>End post of %1</source>
        <translation>End post of %1</translation>
    </message>
    <message>
        <source>Open first term of the %1</source>
        <translation>Open first term of the %1</translation>
    </message>
    <message>
        <source>Change of term – %1</source>
        <translation>Change of term – %1</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>the record no longer exists</translation>
    </message>
    <message>
        <source>Change the disclosure rules and notice fonts</source>
        <translation>Change the disclosure rules and notice fonts</translation>
    </message>
    <message>
        <source>New disclosure “%1”</source>
        <translation>New disclosure “%1”</translation>
    </message>
    <message>
        <source>Edit disclosure “%1”</source>
        <translation>Edit disclosure “%1”</translation>
    </message>
    <message>
        <source>Delete disclosure “%1”</source>
        <translation>Delete disclosure “%1”</translation>
    </message>
    <message>
        <source>Change the template of the %1</source>
        <translation>Change the template of the %1</translation>
    </message>
    <message>
        <source>Change %1 notice templates</source>
        <translation>Change %1 notice templates</translation>
    </message>
    <message>
        <source>the households no longer exist</source>
        <translation>the households no longer exist</translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation>the grid no longer exists</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n household(s) to %1</source>
        <translation>
            <numerusform>Assign %n household to %1</numerusform>
            <numerusform>Assign %n households to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n household(s) out of their grid</source>
        <translation>
            <numerusform>Take %n household out of its grid</numerusform>
            <numerusform>Take %n households out of their grid</numerusform>
        </translation>
    </message>
    <message>
        <source>Add household %1</source>
        <translation>Add household %1</translation>
    </message>
    <message>
        <source>Edit household %1</source>
        <translation>Edit household %1</translation>
    </message>
    <message>
        <source>Delete household %1</source>
        <translation>Delete household %1</translation>
    </message>
    <message>
        <source>Delete %1 households</source>
        <translation>Delete %1 households</translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation>Add grid %1</translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation>Edit grid %1</translation>
    </message>
    <message>
        <source>Delete grid %1</source>
        <translation>Delete grid %1</translation>
    </message>
    <message>
        <source>Propose grids for %1</source>
        <translation>Propose grids for %1</translation>
    </message>
    <message>
        <source>Change the grid rules</source>
        <translation>Change the grid rules</translation>
    </message>
    <message>
        <source>Change the rules for four deliberations, two disclosures</source>
        <translation>Change the rules for four deliberations, two disclosures</translation>
    </message>
    <message>
        <source>New matter “%1”</source>
        <translation>New matter “%1”</translation>
    </message>
    <message>
        <source>Withdraw “%1”</source>
        <translation>Withdraw “%1”</translation>
    </message>
    <message>
        <source>Edit matter “%1”</source>
        <translation>Edit matter “%1”</translation>
    </message>
    <message>
        <source>Delete matter “%1”</source>
        <translation>Delete matter “%1”</translation>
    </message>
    <message>
        <source>Record step %1 of “%2”</source>
        <translation>Record step %1 of “%2”</translation>
    </message>
    <message>
        <source>Edit step %1 of “%2”</source>
        <translation>Edit step %1 of “%2”</translation>
    </message>
    <message>
        <source>Delete step %1 of “%2”</source>
        <translation>Delete step %1 of “%2”</translation>
    </message>
    <message>
        <source>Change township information</source>
        <translation>Change township information</translation>
    </message>
    <message>
        <source>Add village %1</source>
        <translation>Add village %1</translation>
    </message>
    <message>
        <source>Edit village %1</source>
        <translation>Edit village %1</translation>
    </message>
    <message>
        <source>Step: only a meeting held without quorum is held again</source>
        <translation>Step: only a meeting held without quorum is held again</translation>
    </message>
    <message>
        <source>Date: the meeting held again cannot be before the one of %1</source>
        <translation>Date: the meeting held again cannot be before the one of %1</translation>
    </message>
    <message>
        <source>Hold step %1 of “%2” again</source>
        <translation>Hold step %1 of “%2” again</translation>
    </message>
    <message>
        <source>Take reserve cadre %1 off the list</source>
        <translation>Take reserve cadre %1 off the list</translation>
    </message>
</context>
<context>
    <name>FindingEngine</name>
    <message>
        <source>Villagers&apos; committee size out of range</source>
        <translation>Villagers&apos; committee size out of range</translation>
    </message>
    <message>
        <source>No woman on the villagers&apos; committee</source>
        <translation>No woman on the villagers&apos; committee</translation>
    </message>
    <message>
        <source>Party committee too large</source>
        <translation>Party committee too large</translation>
    </message>
    <message>
        <source>No running term</source>
        <translation>No running term</translation>
    </message>
    <message>
        <source>Single post held by two people</source>
        <translation>Single post held by two people</translation>
    </message>
    <message>
        <source>Supervision member also on the villagers&apos; committee</source>
        <translation>Supervision member also on the villagers&apos; committee</translation>
    </message>
    <message>
        <source>Too few reserve cadres</source>
        <translation>Too few reserve cadres</translation>
    </message>
    <message>
        <source>Term ending soon</source>
        <translation>Term ending soon</translation>
    </message>
    <message>
        <source>Term expired</source>
        <translation>Term expired</translation>
    </message>
    <message>
        <source>Invalid ID number</source>
        <translation>Invalid ID number</translation>
    </message>
    <message>
        <source>Post holder without ID number</source>
        <translation>Post holder without ID number</translation>
    </message>
    <message>
        <source>Post holder failed the qualification review</source>
        <translation>Post holder failed the qualification review</translation>
    </message>
    <message>
        <source>Collective income below target</source>
        <translation>Collective income below target</translation>
    </message>
    <message>
        <source>Too few villages above the high income target</source>
        <translation>Too few villages above the high income target</translation>
    </message>
    <message>
        <source>Too few five-star party organisations</source>
        <translation>Too few five-star party organisations</translation>
    </message>
    <message>
        <source>Too few cadres with college education</source>
        <translation>Too few cadres with college education</translation>
    </message>
    <message>
        <source>Steps out of order</source>
        <translation>Steps out of order</translation>
    </message>
    <message>
        <source>Step recorded after a rejection</source>
        <translation>Step recorded after a rejection</translation>
    </message>
    <message>
        <source>Vote did not pass</source>
        <translation>Vote did not pass</translation>
    </message>
    <message>
        <source>Meeting counts incomplete or inconsistent</source>
        <translation>Meeting counts incomplete or inconsistent</translation>
    </message>
    <message>
        <source>Resolution disclosed late</source>
        <translation>Resolution disclosed late</translation>
    </message>
    <message>
        <source>Resolution not disclosed</source>
        <translation>Resolution not disclosed</translation>
    </message>
    <message>
        <source>Disclosure period too short</source>
        <translation>Disclosure period too short</translation>
    </message>
    <message>
        <source>Disclosure not signed by the supervision committee</source>
        <translation>Disclosure not signed by the supervision committee</translation>
    </message>
    <message>
        <source>Result not disclosed</source>
        <translation>Result not disclosed</translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation>Households in no grid</translation>
    </message>
    <message>
        <source>Grid far above the size</source>
        <translation>Grid far above the size</translation>
    </message>
    <message>
        <source>Grid worker with too many households</source>
        <translation>Grid worker with too many households</translation>
    </message>
    <message>
        <source>Grid without a leader</source>
        <translation>Grid without a leader</translation>
    </message>
    <message>
        <source>Same household ID twice</source>
        <translation>Same household ID twice</translation>
    </message>
    <message>
        <source>Disclosure overdue</source>
        <translation>Disclosure overdue</translation>
    </message>
    <message>
        <source>%1 reserve cadres; at least %2 are expected</source>
        <translation>%1 reserve cadres; at least %2 are expected</translation>
    </message>
    <message>
        <source>no running term of the party organisation is recorded</source>
        <translation>no running term of the party organisation is recorded</translation>
    </message>
    <message>
        <source>no running term of the villagers&apos; committee is recorded</source>
        <translation>no running term of the villagers&apos; committee is recorded</translation>
    </message>
    <message>
        <source>the villagers&apos; committee has %1 members; the law asks for %2 to %3</source>
        <translation>the villagers&apos; committee has %1 members; the law asks for %2 to %3</translation>
    </message>
    <message>
        <source>none of the %1 members of the villagers&apos; committee is a woman (Organic Law §6)</source>
        <translation>none of the %1 members of the villagers&apos; committee is a woman (Organic Law §6)</translation>
    </message>
    <message>
        <source>the party committee has %1 members; at most %2</source>
        <translation>the party committee has %1 members; at most %2</translation>
    </message>
    <message>
        <source>%1 is held by both %2 (since %3) and %4 (since %5)</source>
        <translation>%1 is held by both %2 (since %3) and %4 (since %5)</translation>
    </message>
    <message>
        <source>%1 sits on the supervision committee and on the villagers&apos; committee (Organic Law §32)</source>
        <translation>%1 sits on the supervision committee and on the villagers&apos; committee (Organic Law §32)</translation>
    </message>
    <message>
        <source>term %1 of the %2 ended on %3 and no change of term is recorded</source>
        <translation>term %1 of the %2 ended on %3 and no change of term is recorded</translation>
    </message>
    <message>
        <source>term %1 of the %2 ends on %3: prepare the change of term and the qualification review</source>
        <translation>term %1 of the %2 ends on %3: prepare the change of term and the qualification review</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds a post but has no ID number recorded</source>
        <translation>%1 holds a post but has no ID number recorded</translation>
    </message>
    <message>
        <source>%1 holds a post although the county qualification review failed</source>
        <translation>%1 holds a post although the county qualification review failed</translation>
    </message>
    <message>
        <source>%1 households are in no grid</source>
        <translation>%1 households are in no grid</translation>
    </message>
    <message>
        <source>grid %1 has %2 households; the size is %3 (+%4%)</source>
        <translation>grid %1 has %2 households; the size is %3 (+%4%)</translation>
    </message>
    <message>
        <source>grid %1 has no grid leader</source>
        <translation>grid %1 has no grid leader</translation>
    </message>
    <message>
        <source>grid worker %1 looks after %2 households; at most %3</source>
        <translation>grid worker %1 looks after %2 households; at most %3</translation>
    </message>
    <message>
        <source>the ID number of household head %1 appears %2 times in the township</source>
        <translation>the ID number of household head %1 appears %2 times in the township</translation>
    </message>
    <message>
        <source>%1 disclosure for %2 was due on %3 and is not posted</source>
        <translation>%1 disclosure for %2 was due on %3 and is not posted</translation>
    </message>
    <message>
        <source>collective income %1 (10k yuan) is not above the target of %2</source>
        <translation>collective income %1 (10k yuan) is not above the target of %2</translation>
    </message>
    <message>
        <source>%1 of %2 villages have a collective income above %3 (10k yuan); the target is %4%</source>
        <translation>%1 of %2 villages have a collective income above %3 (10k yuan); the target is %4%</translation>
    </message>
    <message>
        <source>%1 of %2 party organisations are rated five stars; the target is %3%</source>
        <translation>%1 of %2 party organisations are rated five stars; the target is %3%</translation>
    </message>
    <message>
        <source>%1 of %2 village cadres have junior college education or higher; the target is %3%</source>
        <translation>%1 of %2 village cadres have junior college education or higher; the target is %3%</translation>
    </message>
    <message>
        <source>Expected attendance differs from the village record</source>
        <translation>Expected attendance differs from the village record</translation>
    </message>
    <message>
        <source>Meeting without quorum — hold it again</source>
        <translation>Meeting without quorum — hold it again</translation>
    </message>
    <message>
        <source>Disclosure posted late</source>
        <translation>Disclosure posted late</translation>
    </message>
    <message>
        <source>%1 disclosure for %2 was due on %3 and was posted on %4</source>
        <translation>%1 disclosure for %2 was due on %3 and was posted on %4</translation>
    </message>
    <message>
        <source>Same unified social credit code for two villages</source>
        <translation>Same unified social credit code for two villages</translation>
    </message>
    <message>
        <source>unified social credit code %1 is also that of %2</source>
        <translation>unified social credit code %1 is also that of %2</translation>
    </message>
    <message>
        <source>Meeting form of the resolution not recorded</source>
        <translation>Meeting form of the resolution not recorded</translation>
    </message>
</context>
<context>
    <name>GridProposal</name>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>%1 grid</source>
        <translation>%1 grid</translation>
    </message>
    <message>
        <source>%1 grid %2</source>
        <translation>%1 grid %2</translation>
    </message>
    <message>
        <source>The village has no households yet: add or import them first.</source>
        <translation>The village has no households yet: add or import them first.</translation>
    </message>
    <message>
        <source>%1 more grid workers are needed; add people to the village and assign them afterwards.</source>
        <translation>%1 more grid workers are needed; add people to the village and assign them afterwards.</translation>
    </message>
    <message>
        <source>The village already has %1 grids; names that exist are reused, their households are moved.</source>
        <translation>The village already has %1 grids; names that exist are reused, their households are moved.</translation>
    </message>
    <message>
        <source>proposed grids</source>
        <translation>proposed grids</translation>
    </message>
</context>
<context>
    <name>GridRepository</name>
    <message>
        <source>Grid name: required</source>
        <translation>Grid name: required</translation>
    </message>
    <message>
        <source>Grid name: %1 already exists in this village</source>
        <translation>Grid name: %1 already exists in this village</translation>
    </message>
    <message>
        <source>Parent grid: not a grid of this village</source>
        <translation>Parent grid: not a grid of this village</translation>
    </message>
    <message>
        <source>Parent grid: grids have at most one level below them</source>
        <translation>Parent grid: grids have at most one level below them</translation>
    </message>
    <message>
        <source>Grid leader: not a person of this village</source>
        <translation>Grid leader: not a person of this village</translation>
    </message>
    <message>
        <source>Grid workers: someone is not a person of this village</source>
        <translation>Grid workers: someone is not a person of this village</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Head of household: required</source>
        <translation>Head of household: required</translation>
    </message>
    <message>
        <source>Head of household: at most 30 characters</source>
        <translation>Head of household: at most 30 characters</translation>
    </message>
    <message>
        <source>Head&apos;s ID number: %1</source>
        <translation>Head&apos;s ID number: %1</translation>
    </message>
    <message>
        <source>People: %1 is out of range (0 to 50)</source>
        <translation>People: %1 is out of range (0 to 50)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Grid: not a grid of this village</source>
        <translation>Grid: not a grid of this village</translation>
    </message>
    <message>
        <source>Grid worker: not a worker of the household&apos;s grid</source>
        <translation>Grid worker: not a worker of the household&apos;s grid</translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation>the grid no longer exists</translation>
    </message>
    <message>
        <source>%1 of the households belong to another village than the grid</source>
        <translation>%1 of the households belong to another village than the grid</translation>
    </message>
    <message>
        <source>the grid worker does not work in that grid</source>
        <translation>the grid worker does not work in that grid</translation>
    </message>
    <message>
        <source>a grid worker needs a grid</source>
        <translation>a grid worker needs a grid</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>HouseholdText</name>
    <message>
        <source>Minimum living allowance</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <source>Five guarantees</source>
        <translation>Five guarantees</translation>
    </message>
    <message>
        <source>Extreme hardship</source>
        <translation>Extreme hardship</translation>
    </message>
    <message>
        <source>Lifted out of poverty</source>
        <translation>Lifted out of poverty</translation>
    </message>
    <message>
        <source>Under monitoring</source>
        <translation>Under monitoring</translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation>Left-behind elderly</translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation>Left-behind children</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation>Veteran</translation>
    </message>
</context>
<context>
    <name>ImportSchema</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>Villager groups</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>Adults (18+)</source>
        <translation>Adults (18+)</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Villager representatives</source>
        <translation>Villager representatives</translation>
    </message>
    <message>
        <source>Collective income</source>
        <translation>Collective income</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>Star rating</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>In post since</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>Reserve cadre</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>Deliberated on</source>
        <translation>Deliberated on</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Review: expected</source>
        <translation>Review: expected</translation>
    </message>
    <message>
        <source>Review: present</source>
        <translation>Review: present</translation>
    </message>
    <message>
        <source>Review: in favour</source>
        <translation>Review: in favour</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>Resolution form</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Resolution: expected</source>
        <translation>Resolution: expected</translation>
    </message>
    <message>
        <source>Resolution: present</source>
        <translation>Resolution: present</translation>
    </message>
    <message>
        <source>Resolution: in favour</source>
        <translation>Resolution: in favour</translation>
    </message>
    <message>
        <source>Resolution: against</source>
        <translation>Resolution: against</translation>
    </message>
    <message>
        <source>Resolution: abstaining</source>
        <translation>Resolution: abstaining</translation>
    </message>
    <message>
        <source>Resolution disclosed on</source>
        <translation>Resolution disclosed on</translation>
    </message>
    <message>
        <source>Disclosure ends</source>
        <translation>Disclosure ends</translation>
    </message>
    <message>
        <source>Result disclosed on</source>
        <translation>Result disclosed on</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>villages</translation>
    </message>
    <message>
        <source>two-committee members and reserve cadres</source>
        <translation>two-committee members and reserve cadres</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>matters (four deliberations, two disclosures)</source>
        <translation>matters (four deliberations, two disclosures)</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>in favour</source>
        <translation>in favour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstaining</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>recorder</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <source>signed by (supervision committee)</source>
        <translation>signed by (supervision committee)</translation>
    </message>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation>Resolution disclosure</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>Result disclosure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: part of its record</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>Reason for the motion</translation>
    </message>
    <message>
        <source>Township cadre attending</source>
        <translation>Township cadre attending</translation>
    </message>
    <message>
        <source>township cadre attending</source>
        <translation>township cadre attending</translation>
    </message>
    <message>
        <source>supervision committee&apos;s opinion</source>
        <translation>supervision committee&apos;s opinion</translation>
    </message>
    <message>
        <source>Resolution disclosure: supervision committee&apos;s opinion</source>
        <translation>Resolution disclosure: supervision committee&apos;s opinion</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>no date given</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 is not a real date</translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2026-03-05)</source>
        <translation>%1 is not a date (write it as 2026-03-05)</translation>
    </message>
    <message>
        <source>%1 is neither yes (是, √) nor no (否)</source>
        <translation>%1 is neither yes (是, √) nor no (否)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not an amount</source>
        <translation>%1 is not an amount</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n decimal(s)</source>
        <translation>
            <numerusform>%1 has more than %n decimal</numerusform>
            <numerusform>%1 has more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>stored as a number (%1), so its last digits are lost; format the column as text and type it again</source>
        <translation>stored as a number (%1), so its last digits are lost; format the column as text and type it again</translation>
    </message>
    <message>
        <source>%1 is in scientific notation, so its last digits are lost; format the column as text and type it again</source>
        <translation>%1 is in scientific notation, so its last digits are lost; format the column as text and type it again</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>No header row found in the first %1 rows of sheet %2: the columns must be named (e.g. %3).</source>
        <translation>No header row found in the first %1 rows of sheet %2: the columns must be named (e.g. %3).</translation>
    </message>
    <message>
        <source>%1 is not a star rating from 0 to 5</source>
        <translation>%1 is not a star rating from 0 to 5</translation>
    </message>
    <message>
        <source>%1 is neither 男 nor 女</source>
        <translation>%1 is neither 男 nor 女</translation>
    </message>
    <message>
        <source>political status %1 not recognised; kept in the note</source>
        <translation>political status %1 not recognised; kept in the note</translation>
    </message>
    <message>
        <source>education %1 not recognised; kept in the note</source>
        <translation>education %1 not recognised; kept in the note</translation>
    </message>
    <message>
        <source>post %1 not recognised; kept in the note</source>
        <translation>post %1 not recognised; kept in the note</translation>
    </message>
    <message>
        <source>Posts: %1</source>
        <translation>Posts: %1</translation>
    </message>
    <message>
        <source>Political status: %1</source>
        <translation>Political status: %1</translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation>Education: %1</translation>
    </message>
    <message>
        <source>a grid worker is named but no grid: a 网格员 looks after households of a grid</source>
        <translation>a grid worker is named but no grid: a 网格员 looks after households of a grid</translation>
    </message>
    <message>
        <source>category %1 not recognised; recorded as other</source>
        <translation>category %1 not recognised; recorded as other</translation>
    </message>
    <message>
        <source>figures are given for this meeting but not its date</source>
        <translation>figures are given for this meeting but not its date</translation>
    </message>
    <message>
        <source>%1 is neither 村民会议 nor 村民代表会议</source>
        <translation>%1 is neither 村民会议 nor 村民代表会议</translation>
    </message>
    <message>
        <source>disclosure channel not given; recorded as %1</source>
        <translation>disclosure channel not given; recorded as %1</translation>
    </message>
    <message>
        <source>no village given</source>
        <translation>no village given</translation>
    </message>
    <message>
        <source>No header row: map the columns first.</source>
        <translation>No header row: map the columns first.</translation>
    </message>
    <message>
        <source>Required column missing: %1</source>
        <translation>Required column missing: %1</translation>
    </message>
    <message>
        <source>Check the rows (preview) before importing.</source>
        <translation>Check the rows (preview) before importing.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>No backup could be made before the import, so nothing was imported: %1</translation>
    </message>
    <message>
        <source>village %1 is not in this ledger (choose to create missing villages, or check the name)</source>
        <translation>village %1 is not in this ledger (choose to create missing villages, or check the name)</translation>
    </message>
    <message>
        <source>village %1 will be created</source>
        <translation>village %1 will be created</translation>
    </message>
    <message>
        <source>import from %1</source>
        <translation>import from %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>same as row %1 of this sheet</source>
        <translation>same as row %1 of this sheet</translation>
    </message>
    <message>
        <source>village %1 is already in the ledger</source>
        <translation>village %1 is already in the ledger</translation>
    </message>
    <message>
        <source>%1 (same ID number) is already in the ledger</source>
        <translation>%1 (same ID number) is already in the ledger</translation>
    </message>
    <message>
        <source>the person with this ID number is kept under another village</source>
        <translation>the person with this ID number is kept under another village</translation>
    </message>
    <message>
        <source>term %1 of the %2 opened from %3</source>
        <translation>term %1 of the %2 opened from %3</translation>
    </message>
    <message>
        <source>in post since %1, before term %2 began; recorded from %3</source>
        <translation>in post since %1, before term %2 began; recorded from %3</translation>
    </message>
    <message>
        <source>a household with this head&apos;s ID number is already in the ledger</source>
        <translation>a household with this head&apos;s ID number is already in the ledger</translation>
    </message>
    <message>
        <source>grid worker, added by import</source>
        <translation>grid worker, added by import</translation>
    </message>
    <message>
        <source>a matter with this name is already recorded for the village</source>
        <translation>a matter with this name is already recorded for the village</translation>
    </message>
    <message>
        <source>Row in the sheet</source>
        <translation>Row in the sheet</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Rejected rows of %1</translation>
    </message>
    <message>
        <source>imported as in the original ledger</source>
        <translation>imported as in the original ledger</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>step %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: finding</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>phone %1 left empty: %2</source>
        <translation>phone %1 left empty: %2</translation>
    </message>
    <message>
        <source>联户代表会议 counted by the rules of the 村民代表会议</source>
        <translation>联户代表会议 counted by the rules of the 村民代表会议</translation>
    </message>
    <message>
        <source>the disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</source>
        <translation>the disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</translation>
    </message>
    <message>
        <source>the result disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</source>
        <translation>the result disclosure&apos;s first day is not in the sheet; recorded as disclosed on %1 only</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>a %1 row: totals or notes, not a record; skipped</source>
        <translation>a %1 row: totals or notes, not a record; skipped</translation>
    </message>
    <message>
        <source>unified social credit code %1 is also that of %2</source>
        <translation>unified social credit code %1 is also that of %2</translation>
    </message>
    <message>
        <source>in post since %1, after term %2 of the %3 ended on %4: open the next term from the date of the change of term (换届)</source>
        <translation>in post since %1, after term %2 of the %3 ended on %4: open the next term from the date of the change of term (换届)</translation>
    </message>
    <message>
        <source>change of term (换届) recorded on %1; the next terms are opened from it</source>
        <translation>change of term (换届) recorded on %1; the next terms are opened from it</translation>
    </message>
    <message>
        <source>The sheet changed after it was checked; check it again before importing.</source>
        <translation>The sheet changed after it was checked; check it again before importing.</translation>
    </message>
    <message>
        <source>党员议事会 counted by the rules of the 党员大会</source>
        <translation>党员议事会 counted by the rules of the 党员大会</translation>
    </message>
    <message>
        <source>phone %1 is masked; not imported</source>
        <translation>phone %1 is masked; not imported</translation>
    </message>
    <message>
        <source>the ID number is masked (%1) and no record of %2 in this village is in the ledger to match it to: import the list with full ID numbers</source>
        <translation>the ID number is masked (%1) and no record of %2 in this village is in the ledger to match it to: import the list with full ID numbers</translation>
    </message>
    <message>
        <source>the ID number is masked (%1) and %2 records of %3 are in this village: import the list with full ID numbers</source>
        <translation>the ID number is masked (%1) and %2 records of %3 are in this village: import the list with full ID numbers</translation>
    </message>
    <message>
        <source>reason for the motion %1 is none of 党员群众建议, 村干部提议, 上级党委政府安排; left empty</source>
        <translation>reason for the motion %1 is none of 党员群众建议, 村干部提议, 上级党委政府安排; left empty</translation>
    </message>
    <message>
        <source>%1 %2 does not agree with %3 present of %4 expected (%5%); the counts are kept</source>
        <translation>%1 %2 does not agree with %3 present of %4 expected (%5%); the counts are kept</translation>
    </message>
    <message>
        <source>the resolution has a date but no meeting form (村民会议 or 村民代表会议); recorded without it</source>
        <translation>the resolution has a date but no meeting form (村民会议 or 村民代表会议); recorded without it</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>the disk is full; nothing was saved (free some space and try again)</source>
        <translation>the disk is full; nothing was saved (free some space and try again)</translation>
    </message>
    <message>
        <source>the ledger is read-only; nothing was saved</source>
        <translation>the ledger is read-only; nothing was saved</translation>
    </message>
    <message>
        <source>the ledger is busy in another program; nothing was saved (try again)</source>
        <translation>the ledger is busy in another program; nothing was saved (try again)</translation>
    </message>
    <message>
        <source>the ledger file is damaged (%1)</source>
        <translation>the ledger file is damaged (%1)</translation>
    </message>
    <message>
        <source>the file is not a ledger</source>
        <translation>the file is not a ledger</translation>
    </message>
    <message>
        <source>the change breaks a rule of the ledger (%1)</source>
        <translation>the change breaks a rule of the ledger (%1)</translation>
    </message>
    <message>
        <source>the disk could not be written (%1)</source>
        <translation>the disk could not be written (%1)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a ledger file</source>
        <translation>it is a folder, not a ledger file</translation>
    </message>
    <message>
        <source>the file is empty, it is not a ledger</source>
        <translation>the file is empty, it is not a ledger</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>it is not a Township Ledger file</source>
        <translation>it is not a Township Ledger file</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a Township Ledger file</source>
        <translation>it is an SQLite database of another program, not a Township Ledger file</translation>
    </message>
    <message>
        <source>it was written by a newer version of Township Ledger (format %1, this program reads up to %2); please update the program</source>
        <translation>it was written by a newer version of Township Ledger (format %1, this program reads up to %2); please update the program</translation>
    </message>
    <message>
        <source>the ledger was never completely created</source>
        <translation>the ledger was never completely created</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>the ledger is in an older format (%1) and must be upgraded, but it is read-only</source>
        <translation>the ledger is in an older format (%1) and must be upgraded, but it is read-only</translation>
    </message>
    <message>
        <source>the backup before the upgrade could not be written: %1</source>
        <translation>the backup before the upgrade could not be written: %1</translation>
    </message>
    <message>
        <source>the upgrade failed and was undone (%1); a copy is at %2</source>
        <translation>the upgrade failed and was undone (%1); a copy is at %2</translation>
    </message>
    <message>
        <source>Cannot create %1: a file of that name already exists</source>
        <translation>Cannot create %1: a file of that name already exists</translation>
    </message>
    <message>
        <source>Cannot create %1: the township name is empty</source>
        <translation>Cannot create %1: the township name is empty</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder cannot be created</source>
        <translation>Cannot create %1: the folder cannot be created</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the file could not be put in place</source>
        <translation>Cannot create %1: the file could not be put in place</translation>
    </message>
    <message>
        <source>the ledger is open read-only; nothing was saved</source>
        <translation>the ledger is open read-only; nothing was saved</translation>
    </message>
    <message>
        <source>internal error while saving</source>
        <translation>internal error while saving</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>the change was not saved</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>the township name is empty</source>
        <translation>the township name is empty</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unknown program</translation>
    </message>
    <message>
        <source>%1 could not be put in place</source>
        <translation>%1 could not be put in place</translation>
    </message>
    <message>
        <source>computer %1, user %2, since %3</source>
        <translation>computer %1, user %2, since %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 is already open in another window or program (%2, process %3; %4). It was opened read-only so that the two cannot overwrite each other&apos;s changes; close the other one to edit.</source>
        <translation>%1 is already open in another window or program (%2, process %3; %4). It was opened read-only so that the two cannot overwrite each other&apos;s changes; close the other one to edit.</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2) and the mark could not be taken over; it was opened read-only.</source>
        <translation>%1 is marked as being edited (%2) and the mark could not be taken over; it was opened read-only.</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped. It was opened read-only. If nobody else is editing it, take the lock over (command line: --take-over-lock).</source>
        <translation>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped. It was opened read-only. If nobody else is editing it, take the lock over (command line: --take-over-lock).</translation>
    </message>
    <message>
        <source>no temporary copy could be made (is the disk full?)</source>
        <translation>no temporary copy could be made (is the disk full?)</translation>
    </message>
    <message>
        <source>the ledger is in an older format (%1) and must be upgraded, but it is read-only and upgrading a temporary copy failed (%2)</source>
        <translation>the ledger is in an older format (%1) and must be upgraded, but it is read-only and upgrading a temporary copy failed (%2)</translation>
    </message>
    <message>
        <source>the file cannot be read from read-only media (%1)</source>
        <translation>the file cannot be read from read-only media (%1)</translation>
    </message>
    <message>
        <source>%1 is in an older format (%2). It cannot be upgraded where it is, so it was upgraded in a temporary copy, which is shown read-only; the file itself was not changed.</source>
        <translation>%1 is in an older format (%2). It cannot be upgraded where it is, so it was upgraded in a temporary copy, which is shown read-only; the file itself was not changed.</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>it was written by a newer version of Township Ledger</source>
        <translation>it was written by a newer version of Township Ledger</translation>
    </message>
</context>
<context>
    <name>MatterRepository</name>
    <message>
        <source>Title: required</source>
        <translation>Title: required</translation>
    </message>
    <message>
        <source>Title: at most 100 characters</source>
        <translation>Title: at most 100 characters</translation>
    </message>
    <message>
        <source>Category: choose one from the list</source>
        <translation>Category: choose one from the list</translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation>Amount: must be between 0 and 10 billion yuan</translation>
    </message>
    <message>
        <source>Village: not found</source>
        <translation>Village: not found</translation>
    </message>
    <message>
        <source>Withdrawal: give the reason</source>
        <translation>Withdrawal: give the reason</translation>
    </message>
    <message>
        <source>Matter: not found</source>
        <translation>Matter: not found</translation>
    </message>
    <message>
        <source>Step: must be 1 to 6</source>
        <translation>Step: must be 1 to 6</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>Date: required</translation>
    </message>
    <message>
        <source>Date: %1 is too far in the future</source>
        <translation>Date: %1 is too far in the future</translation>
    </message>
    <message>
        <source>%1: must be between 0 and 1,000,000</source>
        <translation>%1: must be between 0 and 1,000,000</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Households expected</source>
        <translation>Households expected</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>Households present</translation>
    </message>
    <message>
        <source>Disclosure end: before the first day</source>
        <translation>Disclosure end: before the first day</translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation>Channels: name at least one (e.g. bulletin board)</translation>
    </message>
    <message>
        <source>Meeting form: villagers&apos; meeting or representatives meeting?</source>
        <translation>Meeting form: villagers&apos; meeting or representatives meeting?</translation>
    </message>
    <message>
        <source>Step: the matter was withdrawn on %1</source>
        <translation>Step: the matter was withdrawn on %1</translation>
    </message>
    <message>
        <source>Step: the matter was rejected; only the disclosure of the rejection can follow</source>
        <translation>Step: the matter was rejected; only the disclosure of the rejection can follow</translation>
    </message>
    <message>
        <source>Step: step %1 comes first (%2); record it, or record this one by override with a reason</source>
        <translation>Step: step %1 comes first (%2); record it, or record this one by override with a reason</translation>
    </message>
    <message>
        <source>Override: give the reason</source>
        <translation>Override: give the reason</translation>
    </message>
    <message>
        <source>Date: %1 is before step %2 (%3)</source>
        <translation>Date: %1 is before step %2 (%3)</translation>
    </message>
    <message>
        <source>Attachment %1: the file is empty</source>
        <translation>Attachment %1: the file is empty</translation>
    </message>
    <message>
        <source>Attachment %1: %2 MB is larger than the limit of %3 MB</source>
        <translation>Attachment %1: %2 MB is larger than the limit of %3 MB</translation>
    </message>
    <message>
        <source>Attachment %1: only scans (images) and PDF files can be attached, this is %2</source>
        <translation>Attachment %1: only scans (images) and PDF files can be attached, this is %2</translation>
    </message>
    <message>
        <source>Reason for the motion: choose one from the list</source>
        <translation>Reason for the motion: choose one from the list</translation>
    </message>
</context>
<context>
    <name>MatterText</name>
    <message>
        <source>1 Party organisation proposes</source>
        <translation>1 Party organisation proposes</translation>
    </message>
    <message>
        <source>2 Two committees deliberate</source>
        <translation>2 Two committees deliberate</translation>
    </message>
    <message>
        <source>3 Party members&apos; meeting reviews</source>
        <translation>3 Party members&apos; meeting reviews</translation>
    </message>
    <message>
        <source>4 Villagers&apos; (representatives&apos;) meeting resolves</source>
        <translation>4 Villagers&apos; (representatives&apos;) meeting resolves</translation>
    </message>
    <message>
        <source>5 Resolution disclosed</source>
        <translation>5 Resolution disclosed</translation>
    </message>
    <message>
        <source>6 Result disclosed</source>
        <translation>6 Result disclosed</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation>Resolution disclosure</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>Result disclosure</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Being disclosed</source>
        <translation>Being disclosed</translation>
    </message>
    <message>
        <source>Awaiting result disclosure</source>
        <translation>Awaiting result disclosure</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Major decision</source>
        <translation>Major decision</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>Major project</translation>
    </message>
    <message>
        <source>Large spending</source>
        <translation>Large spending</translation>
    </message>
    <message>
        <source>Disposal of collective assets</source>
        <translation>Disposal of collective assets</translation>
    </message>
    <message>
        <source>Land contracting</source>
        <translation>Land contracting</translation>
    </message>
    <message>
        <source>Compensation distribution</source>
        <translation>Compensation distribution</translation>
    </message>
    <message>
        <source>Public-welfare fund raising</source>
        <translation>Public-welfare fund raising</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Villagers&apos; meeting</source>
        <translation>Villagers&apos; meeting</translation>
    </message>
    <message>
        <source>Villagers&apos; representatives meeting</source>
        <translation>Villagers&apos; representatives meeting</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation>Bulletin board</translation>
    </message>
    <message>
        <source>Villagers&apos; WeChat group</source>
        <translation>Villagers&apos; WeChat group</translation>
    </message>
    <message>
        <source>Sunshine village affairs platform</source>
        <translation>Sunshine village affairs platform</translation>
    </message>
    <message>
        <source>Suggested by party members and villagers</source>
        <translation>Suggested by party members and villagers</translation>
    </message>
    <message>
        <source>Proposed by village cadres</source>
        <translation>Proposed by village cadres</translation>
    </message>
    <message>
        <source>Arranged by the higher party committee and government</source>
        <translation>Arranged by the higher party committee and government</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>Amount: a number is missing</source>
        <translation>Amount: a number is missing</translation>
    </message>
    <message>
        <source>Amount: cannot be negative</source>
        <translation>Amount: cannot be negative</translation>
    </message>
    <message>
        <source>Amount: type a number of yuan, e.g. 860000.00</source>
        <translation>Amount: type a number of yuan, e.g. 860000.00</translation>
    </message>
    <message>
        <source>Amount: at most two decimals (fen)</source>
        <translation>Amount: at most two decimals (fen)</translation>
    </message>
    <message>
        <source>Amount: at most six decimals of 10k yuan</source>
        <translation>Amount: at most six decimals of 10k yuan</translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation>Amount: must be between 0 and 10 billion yuan</translation>
    </message>
</context>
<context>
    <name>NoticeBuilder</name>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date written out on a notice: year, month, day</comment>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>%1 expected, %2 present</source>
        <translation>%1 expected, %2 present</translation>
    </message>
    <message>
        <source>; %1 for, %2 against, %3 abstaining</source>
        <translation>; %1 for, %2 against, %3 abstaining</translation>
    </message>
    <message>
        <source>the village party organisation proposed it at its committee meeting</source>
        <translation>the village party organisation proposed it at its committee meeting</translation>
    </message>
    <message>
        <source>the joint meeting of the two committees deliberated it</source>
        <translation>the joint meeting of the two committees deliberated it</translation>
    </message>
    <message>
        <source>the party members&apos; meeting reviewed it</source>
        <translation>the party members&apos; meeting reviewed it</translation>
    </message>
    <message>
        <source>the villagers&apos; meeting voted on it</source>
        <translation>the villagers&apos; meeting voted on it</translation>
    </message>
    <message>
        <source>the villagers&apos; representatives meeting voted on it</source>
        <translation>the villagers&apos; representatives meeting voted on it</translation>
    </message>
    <message>
        <source>On %1 %2.</source>
        <translation>On %1 %2.</translation>
    </message>
    <message>
        <source>On %1 %2 (%3).</source>
        <translation>On %1 %2 (%3).</translation>
    </message>
    <message>
        <source>matter %1 does not exist</source>
        <translation>matter %1 does not exist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no resolution yet (step 4 is not recorded)</source>
        <translation>&quot;%1&quot; has no resolution yet (step 4 is not recorded)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not resolved, so there is no result to disclose</source>
        <translation>&quot;%1&quot; was not resolved, so there is no result to disclose</translation>
    </message>
    <message>
        <source>%1 Villagers&apos; Committee</source>
        <translation>%1 Villagers&apos; Committee</translation>
    </message>
    <message>
        <source>The proposal did not obtain the required majority and is not adopted.</source>
        <translation>The proposal did not obtain the required majority and is not adopted.</translation>
    </message>
    <message>
        <source>The resolution was adopted.</source>
        <translation>The resolution was adopted.</translation>
    </message>
    <message>
        <source>disclosure %1 does not exist</source>
        <translation>disclosure %1 does not exist</translation>
    </message>
    <message>
        <source>%1 Party Branch</source>
        <translation>%1 Party Branch</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>Income or expense</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Income total</source>
        <translation>Income total</translation>
    </message>
    <message>
        <source>Expense total</source>
        <translation>Expense total</translation>
    </message>
    <message>
        <source>, amount %1 yuan</source>
        <translation>, amount %1 yuan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2): the summary of the result is not recorded; record step 6 with what was done, then print its notice</source>
        <translation>&quot;%1&quot; (%2): the summary of the result is not recorded; record step 6 with what was done, then print its notice</translation>
    </message>
    <message>
        <source>Reviewed by the village affairs supervision committee (signature): ______________</source>
        <translation>Reviewed by the village affairs supervision committee (signature): ______________</translation>
    </message>
    <message>
        <source>Reviewed by the village affairs supervision committee: %1</source>
        <translation>Reviewed by the village affairs supervision committee: %1</translation>
    </message>
    <message>
        <source>%1 (opinion: %2)</source>
        <comment>supervision line, its opinion</comment>
        <translation>%1 (opinion: %2)</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Laying out notice %1 of %2…</source>
        <translation>Laying out notice %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notices %1 (%n)</source>
        <translation>
            <numerusform>Notices %1 (%n)</numerusform>
            <numerusform>Notices %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>There is no notice to show.</source>
        <translation>There is no notice to show.</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message numerus="yes">
        <source>Print preview – %n notice(s)</source>
        <translation>
            <numerusform>Print preview – %n notice</numerusform>
            <numerusform>Print preview – %n notices</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the notices…</source>
        <translation>Laying out the notices…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>There is no notice to print.</source>
        <translation>There is no notice to print.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n notice(s)</source>
        <translation>
            <numerusform>Print %n notice</numerusform>
            <numerusform>Print %n notices</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the notices…</source>
        <translation>Printing the notices…</translation>
    </message>
    <message>
        <source>The notices could not be sent to the printer.</source>
        <translation>The notices could not be sent to the printer.</translation>
    </message>
    <message>
        <source>Writing the notices to PDF…</source>
        <translation>Writing the notices to PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>There is no notice to save.</source>
        <translation>There is no notice to save.</translation>
    </message>
    <message>
        <source>Save notices as PDF</source>
        <translation>Save notices as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>The %1 cannot be made: %2</source>
        <translation>The %1 cannot be made: %2</translation>
    </message>
    <message>
        <source>The notice cannot be made: %1</source>
        <translation>The notice cannot be made: %1</translation>
    </message>
    <message>
        <source>title in %1, text in %2</source>
        <translation>title in %1, text in %2</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>there is no notice to print</source>
        <translation>there is no notice to print</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>%1 notices</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>cannot put %1 in place</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>Resolution disclosure</source>
        <translation>Resolution disclosure</translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation>Result disclosure</translation>
    </message>
    <message>
        <source>Finance disclosure</source>
        <translation>Finance disclosure</translation>
    </message>
    <message>
        <source>Village or party affairs notice</source>
        <translation>Village or party affairs notice</translation>
    </message>
    <message>
        <source>Notice of the resolution on {{matter}}</source>
        <translation>Notice of the resolution on {{matter}}</translation>
    </message>
    <message>
        <source>Notice of the result of {{matter}}</source>
        <translation>Notice of the result of {{matter}}</translation>
    </message>
    <message>
        <source>{{village}} finance disclosure for {{period}}</source>
        <translation>{{village}} finance disclosure for {{period}}</translation>
    </message>
    <message>
        <source>{{content}}

{{items_table}}

Income in total {{income_total}} yuan, expenses in total {{expense_total}} yuan.

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{content}}

{{items_table}}

Income in total {{income_total}} yuan, expenses in total {{expense_total}} yuan.

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</translation>
    </message>
    <message>
        <source>{{title}}</source>
        <translation>{{title}}</translation>
    </message>
    <message>
        <source>{{content}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>{{content}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</translation>
    </message>
    <message>
        <source>line %1: &quot;}}&quot; without &quot;{{&quot;</source>
        <translation>line %1: &quot;}}&quot; without &quot;{{&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation>line %1: &quot;{{&quot; is not closed with &quot;}}&quot;</translation>
    </message>
    <message>
        <source>line %1: unknown placeholder {{%2}}</source>
        <translation>line %1: unknown placeholder {{%2}}</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>title, %1</source>
        <translation>title, %1</translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation>text, %1</translation>
    </message>
    <message>
        <source>The template of the %1 cannot be used: %2</source>
        <translation>The template of the %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

Following the procedure of the four deliberations and two disclosures, the matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}) went through these meetings:

{{meetings}}

{{outcome}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>To all villagers of {{village}}:

Following the procedure of the four deliberations and two disclosures, the matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}) went through these meetings:

{{meetings}}

{{outcome}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

The matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}), resolved on {{resolution_date}}, has been carried out. The result is as follows:

{{result}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation>To all villagers of {{village}}:

The matter &quot;{{matter}}&quot; ({{category}}{{amount_clause}}), resolved on {{resolution_date}}, has been carried out. The result is as follows:

{{result}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Name: required</source>
        <translation>Name: required</translation>
    </message>
    <message>
        <source>Name: at most 30 characters</source>
        <translation>Name: at most 30 characters</translation>
    </message>
    <message>
        <source>Village: required</source>
        <translation>Village: required</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>gender filled from the ID number</source>
        <translation>gender filled from the ID number</translation>
    </message>
    <message>
        <source>Gender: %1 was entered but the ID number belongs to a %2 person</source>
        <translation>Gender: %1 was entered but the ID number belongs to a %2 person</translation>
    </message>
    <message>
        <source>birth date filled from the ID number</source>
        <translation>birth date filled from the ID number</translation>
    </message>
    <message>
        <source>Birth date: %1 was entered but the ID number says %2</source>
        <translation>Birth date: %1 was entered but the ID number says %2</translation>
    </message>
    <message>
        <source>ID number: already registered for %1 (%2)</source>
        <translation>ID number: already registered for %1 (%2)</translation>
    </message>
    <message>
        <source>Birth date: %1 is not plausible</source>
        <translation>Birth date: %1 is not plausible</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Ethnic group: %1 is not one of the 56 recognised groups</source>
        <translation>Ethnic group: %1 is not one of the 56 recognised groups</translation>
    </message>
    <message>
        <source>the person no longer exists</source>
        <translation>the person no longer exists</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation>Households in no grid</translation>
    </message>
    <message>
        <source>Two-committee members</source>
        <translation>Two-committee members</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>Average age</translation>
    </message>
    <message>
        <source>College or higher</source>
        <translation>College or higher</translation>
    </message>
    <message>
        <source>Secretary is director</source>
        <translation>Secretary is director</translation>
    </message>
    <message>
        <source>Cross-holders</source>
        <translation>Cross-holders</translation>
    </message>
    <message>
        <source>Reserve cadres</source>
        <translation>Reserve cadres</translation>
    </message>
    <message>
        <source>Collective income (10k yuan)</source>
        <translation>Collective income (10k yuan)</translation>
    </message>
    <message>
        <source>Matters started</source>
        <translation>Matters started</translation>
    </message>
    <message>
        <source>Matters decided</source>
        <translation>Matters decided</translation>
    </message>
    <message>
        <source>Matters completed</source>
        <translation>Matters completed</translation>
    </message>
    <message>
        <source>Matters overdue</source>
        <translation>Matters overdue</translation>
    </message>
    <message>
        <source>Matters with defects</source>
        <translation>Matters with defects</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 %2 — %3 (made %4)</source>
        <translation>%1 %2 — %3 (made %4)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation>Quarterly summary</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Two committees</source>
        <translation>Two committees</translation>
    </message>
    <message>
        <source>Members of the two committees</source>
        <translation>Members of the two committees</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>In post since</source>
        <translation>In post since</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Matters</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>Four deliberations, two disclosures</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Deliberated</source>
        <translation>Deliberated</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Review expected</source>
        <translation>Review expected</translation>
    </message>
    <message>
        <source>Review present</source>
        <translation>Review present</translation>
    </message>
    <message>
        <source>Review for</source>
        <translation>Review for</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>Resolution form</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Resolution expected</source>
        <translation>Resolution expected</translation>
    </message>
    <message>
        <source>Resolution present</source>
        <translation>Resolution present</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>Disclosure ends</source>
        <translation>Disclosure ends</translation>
    </message>
    <message>
        <source>Result disclosed</source>
        <translation>Result disclosed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation>Grid code</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>35 or younger</source>
        <translation>35 or younger</translation>
    </message>
    <message>
        <source>36–45</source>
        <translation>36–45</translation>
    </message>
    <message>
        <source>46–55</source>
        <translation>46–55</translation>
    </message>
    <message>
        <source>56–60</source>
        <translation>56–60</translation>
    </message>
    <message>
        <source>over 60</source>
        <translation>over 60</translation>
    </message>
    <message>
        <source>Two-committee members by age</source>
        <translation>Two-committee members by age</translation>
    </message>
    <message>
        <source>Education of two-committee members</source>
        <translation>Education of two-committee members</translation>
    </message>
    <message>
        <source>Matters by status</source>
        <translation>Matters by status</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>cannot put %1 in place</translation>
    </message>
    <message>
        <source>County roll-up %1 (made %2)</source>
        <translation>County roll-up %1 (made %2)</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>%1 (due %2, posted %3)</source>
        <translation>%1 (due %2, posted %3)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Periods ending in the quarter</source>
        <translation>Periods ending in the quarter</translation>
    </message>
    <message>
        <source>Due by the report date</source>
        <translation>Due by the report date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Late postings</source>
        <translation>Late postings</translation>
    </message>
    <message>
        <source>Missing disclosures</source>
        <translation>Missing disclosures</translation>
    </message>
    <message>
        <source>People in households (sum of members)</source>
        <translation>People in households (sum of members)</translation>
    </message>
    <message>
        <source>Members with known birth date</source>
        <translation>Members with known birth date</translation>
    </message>
    <message>
        <source>Registered population (village record)</source>
        <translation>Registered population (village record)</translation>
    </message>
    <message>
        <source>Township-wide</source>
        <translation>Township-wide</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Party, village and finance disclosures</source>
        <translation>Party, village and finance disclosures</translation>
    </message>
    <message>
        <source>Villages where the secretary is director</source>
        <translation>Villages where the secretary is director</translation>
    </message>
    <message>
        <source>Average age (members with known birth date)</source>
        <translation>Average age (members with known birth date)</translation>
    </message>
    <message>
        <source>Findings (township-wide included)</source>
        <translation>Findings (township-wide included)</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>Reason for the motion</translation>
    </message>
    <message>
        <source>Review: township cadre attending</source>
        <translation>Review: township cadre attending</translation>
    </message>
    <message>
        <source>Resolution: township cadre attending</source>
        <translation>Resolution: township cadre attending</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s opinion</source>
        <translation>Supervision committee&apos;s opinion</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so a report with full personal data cannot be recorded in its audit trail; open it for editing, or export the report masked</source>
        <translation>the ledger is open read-only, so a report with full personal data cannot be recorded in its audit trail; open it for editing, or export the report masked</translation>
    </message>
    <message>
        <source>Quarterly report %1 with full personal data</source>
        <translation>Quarterly report %1 with full personal data</translation>
    </message>
    <message>
        <source>the report could not be recorded in the audit trail, so it was removed: %1</source>
        <translation>the report could not be recorded in the audit trail, so it was removed: %1</translation>
    </message>
</context>
<context>
    <name>ReserveRepository</name>
    <message>
        <source>Source: choose one from the list</source>
        <translation>Source: choose one from the list</translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation>Person: not found</translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation>Person: belongs to another village</translation>
    </message>
    <message>
        <source>Person: already in the reserve pool</source>
        <translation>Person: already in the reserve pool</translation>
    </message>
    <message>
        <source>Reserve cadre: not found</source>
        <translation>Reserve cadre: not found</translation>
    </message>
    <message>
        <source>Reserve cadre: already taken off the list on %1</source>
        <translation>Reserve cadre: already taken off the list on %1</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>Date: required</translation>
    </message>
    <message>
        <source>Date: %1 is before the cadre was added (%2)</source>
        <translation>Date: %1 is before the cadre was added (%2)</translation>
    </message>
    <message>
        <source>Date: %1 is in the future</source>
        <translation>Date: %1 is in the future</translation>
    </message>
    <message>
        <source>Reason: say why the cadre leaves the list</source>
        <translation>Reason: say why the cadre leaves the list</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>income targets cannot be negative</source>
        <translation>income targets cannot be negative</translation>
    </message>
    <message>
        <source>a share must be between 0 and 100 %</source>
        <translation>a share must be between 0 and 100 %</translation>
    </message>
    <message>
        <source>reserve cadres per village must be between 0 and 50</source>
        <translation>reserve cadres per village must be between 0 and 50</translation>
    </message>
    <message>
        <source>committee size limits must satisfy 1 ≤ minimum ≤ maximum ≤ 30</source>
        <translation>committee size limits must satisfy 1 ≤ minimum ≤ maximum ≤ 30</translation>
    </message>
    <message>
        <source>party committee maximum must be between 1 and 30</source>
        <translation>party committee maximum must be between 1 and 30</translation>
    </message>
    <message>
        <source>a term must last 1 to 10 years</source>
        <translation>a term must last 1 to 10 years</translation>
    </message>
    <message>
        <source>term warning must be 0 to 60 months</source>
        <translation>term warning must be 0 to 60 months</translation>
    </message>
    <message>
        <source>the resolution must be disclosed within 0 to 90 days</source>
        <translation>the resolution must be disclosed within 0 to 90 days</translation>
    </message>
    <message>
        <source>a disclosure period lasts 1 to 90 days</source>
        <translation>a disclosure period lasts 1 to 90 days</translation>
    </message>
    <message>
        <source>the result must be disclosed within 0 to 365 days</source>
        <translation>the result must be disclosed within 0 to 365 days</translation>
    </message>
    <message>
        <source>the attachment limit must be 1 to 200 MB</source>
        <translation>the attachment limit must be 1 to 200 MB</translation>
    </message>
    <message>
        <source>a grid holds 5 to 1000 households</source>
        <translation>a grid holds 5 to 1000 households</translation>
    </message>
    <message>
        <source>the size tolerance must be 0 to 200 %</source>
        <translation>the size tolerance must be 0 to 200 %</translation>
    </message>
    <message>
        <source>households per grid worker must satisfy 1 ≤ usual ≤ maximum ≤ 1000</source>
        <translation>households per grid worker must satisfy 1 ≤ usual ≤ maximum ≤ 1000</translation>
    </message>
    <message>
        <source>a disclosure is due 0 to 60 days after its month, 0 to 90 after its quarter</source>
        <translation>a disclosure is due 0 to 60 days after its month, 0 to 90 after its quarter</translation>
    </message>
    <message>
        <source>holiday calendar, %1</source>
        <translation>holiday calendar, %1</translation>
    </message>
</context>
<context>
    <name>SheetSource</name>
    <message>
        <source>%1 is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a word-processor document, not a spreadsheet.</source>
        <translation>%1 is a word-processor document, not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is a zip archive that is not a workbook (xlsx or ods).</source>
        <translation>%1 is a zip archive that is not a workbook (xlsx or ods).</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet, which cannot be read. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 is an Excel 2003 XML spreadsheet, which cannot be read. Open it in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a spreadsheet. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 is a web page (HTML), not a spreadsheet. Open it in Excel or WPS and save it as .xlsx.</translation>
    </message>
    <message>
        <source>%1 is an XML file, not a spreadsheet.</source>
        <translation>%1 is an XML file, not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a spreadsheet.</source>
        <translation>%1 is a PDF document, not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is an image, not a spreadsheet.</source>
        <translation>%1 is an image, not a spreadsheet.</translation>
    </message>
    <message>
        <source>%1 is a compressed archive (rar, 7z or gz). Extract the spreadsheet from it first.</source>
        <translation>%1 is a compressed archive (rar, 7z or gz). Extract the spreadsheet from it first.</translation>
    </message>
    <message>
        <source>%1 contains no sheets.</source>
        <translation>%1 contains no sheets.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>%1 has no sheet named “%2”. Its sheets are: %3.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a valid %2 file: %3</source>
        <translation>%1 is damaged or not a valid %2 file: %3</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a spreadsheet file.</source>
        <translation>%1 is a folder, not a spreadsheet file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet or CSV file.</source>
        <translation>%1 is not a spreadsheet or CSV file.</translation>
    </message>
    <message>
        <source>%1 is in the GB18030 encoding, which this build cannot decode. Save it as CSV in UTF-8.</source>
        <translation>%1 is in the GB18030 encoding, which this build cannot decode. Save it as CSV in UTF-8.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Remove the password in Excel or WPS and save it again.</source>
        <translation>%1 is protected by a password. Remove the password in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the program that reads Excel 97–2003 files (%2) is missing or cannot be started. Install Township Ledger again, or save the file as .xlsx in Excel or WPS.</source>
        <translation>%1 cannot be read: the program that reads Excel 97–2003 files (%2) is missing or cannot be started. Install Township Ledger again, or save the file as .xlsx in Excel or WPS.</translation>
    </message>
    <message>
        <source>%1 mixes two text encodings: it is written in %2, but line %3 is not (rows pasted in from another file?). Nothing was imported. Open it in Excel or WPS and save it again as &quot;CSV UTF-8&quot;, or correct line %3.</source>
        <translation>%1 mixes two text encodings: it is written in %2, but line %3 is not (rows pasted in from another file?). Nothing was imported. Open it in Excel or WPS and save it again as &quot;CSV UTF-8&quot;, or correct line %3.</translation>
    </message>
    <message>
        <source>after row %1, in column %2</source>
        <translation>after row %1, in column %2</translation>
    </message>
    <message>
        <source>in the workbook&apos;s shared texts</source>
        <translation>in the workbook&apos;s shared texts</translation>
    </message>
    <message>
        <source>%1 holds a cell longer than %2 characters (Excel&apos;s limit), %3. It cannot be a list to import; nothing was imported.</source>
        <translation>%1 holds a cell longer than %2 characters (Excel&apos;s limit), %3. It cannot be a list to import; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Township Ledger: village governance ledgers of a township.</source>
        <translation>Township Ledger: village governance ledgers of a township.</translation>
    </message>
    <message>
        <source>Ledger file (.ledger) to open.</source>
        <translation>Ledger file (.ledger) to open.</translation>
    </message>
    <message>
        <source>Open the demo ledger.</source>
        <translation>Open the demo ledger.</translation>
    </message>
    <message>
        <source>Language for this run: zh_CN or en (not remembered).</source>
        <translation>Language for this run: zh_CN or en (not remembered).</translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation>Save a picture of the window as PNG and exit.</translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation>Cannot open the ledger</translation>
    </message>
</context>
<context>
    <name>StartupLedger</name>
    <message>
        <source>The demo ledger could not be created: %1</source>
        <translation>The demo ledger could not be created: %1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation>cannot put %1 in place</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Reading the rows of the table…</source>
        <translation>Reading the rows of the table…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The table could not be exported: %1</source>
        <translation>The table could not be exported: %1</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>the table changed while it was being read; export it again</source>
        <translation>the table changed while it was being read; export it again</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Export to Excel with full ID and phone numbers…</source>
        <translation>Export to Excel with full ID and phone numbers…</translation>
    </message>
    <message>
        <source>an export with full ID and phone numbers is recorded in the audit trail of the open ledger, and no ledger is open</source>
        <translation>an export with full ID and phone numbers is recorded in the audit trail of the open ledger, and no ledger is open</translation>
    </message>
    <message>
        <source>the export could not be recorded in the audit trail, so the file was removed: %1</source>
        <translation>the export could not be recorded in the audit trail, so the file was removed: %1</translation>
    </message>
    <message>
        <source>Export with full ID and phone numbers</source>
        <translation>Export with full ID and phone numbers</translation>
    </message>
    <message>
        <source>The workbook will hold full ID numbers and phone numbers (含完整身份证号和电话). Personal data must not leave the township office: keep the file for internal use only.

The export is recorded in the audit trail (who, when, which file). Export anyway?</source>
        <translation>The workbook will hold full ID numbers and phone numbers (含完整身份证号和电话). Personal data must not leave the township office: keep the file for internal use only.

The export is recorded in the audit trail (who, when, which file). Export anyway?</translation>
    </message>
    <message>
        <source>Save the rows this table shows (filters applied) as an Excel workbook; ID and mobile numbers are masked</source>
        <translation>Save the rows this table shows (filters applied) as an Excel workbook; ID and mobile numbers are masked</translation>
    </message>
    <message>
        <source>Save the rows with full ID and phone numbers (asks first; recorded in the audit trail)</source>
        <translation>Save the rows with full ID and phone numbers (asks first; recorded in the audit trail)</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>ID number is empty</source>
        <translation>ID number is empty</translation>
    </message>
    <message>
        <source>ID number must have 18 characters, this one has %1</source>
        <translation>ID number must have 18 characters, this one has %1</translation>
    </message>
    <message>
        <source>the first 17 characters of an ID number must be digits</source>
        <translation>the first 17 characters of an ID number must be digits</translation>
    </message>
    <message>
        <source>the last character of an ID number must be a digit or X</source>
        <translation>the last character of an ID number must be a digit or X</translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is not a real date</source>
        <translation>the birth date %1 in the ID number is not a real date</translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is out of range</source>
        <translation>the birth date %1 in the ID number is out of range</translation>
    </message>
    <message>
        <source>wrong check character: %1 expected, %2 given</source>
        <translation>wrong check character: %1 expected, %2 given</translation>
    </message>
    <message>
        <source>credit code is empty</source>
        <translation>credit code is empty</translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation>a unified social credit code has 18 characters, this one has %1</translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not allowed in a credit code (I, O, Z, S, V are never used)</source>
        <translation>character %1 (&quot;%2&quot;) is not allowed in a credit code (I, O, Z, S, V are never used)</translation>
    </message>
    <message>
        <source>a mobile number has only digits</source>
        <translation>a mobile number has only digits</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this one has %1</source>
        <translation>a mobile number has 11 digits, this one has %1</translation>
    </message>
    <message>
        <source>a mobile number starts with 13–19</source>
        <translation>a mobile number starts with 13–19</translation>
    </message>
    <message>
        <source>not a mobile number (11 digits) or a landline with area code such as 0539-1234567</source>
        <translation>not a mobile number (11 digits) or a landline with area code such as 0539-1234567</translation>
    </message>
</context>
<context>
    <name>VillageRepository</name>
    <message>
        <source>Village name: required</source>
        <translation>Village name: required</translation>
    </message>
    <message>
        <source>Village name: at most 40 characters</source>
        <translation>Village name: at most 40 characters</translation>
    </message>
    <message>
        <source>Village name: %1 is already in this ledger</source>
        <translation>Village name: %1 is already in this ledger</translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation>Credit code: %1</translation>
    </message>
    <message>
        <source>Credit code: a village committee&apos;s code begins with 5 (registered by civil affairs)</source>
        <translation>Credit code: a village committee&apos;s code begins with 5 (registered by civil affairs)</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2 is out of range (%3 to %4)</translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation>Villager groups</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Villager representatives</source>
        <translation>Villager representatives</translation>
    </message>
    <message>
        <source>Adult villagers</source>
        <translation>Adult villagers</translation>
    </message>
    <message>
        <source>Collective income (yuan)</source>
        <translation>Collective income (yuan)</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>Star rating</translation>
    </message>
    <message>
        <source>Households: %1 households cannot exceed the registered population of %2</source>
        <translation>Households: %1 households cannot exceed the registered population of %2</translation>
    </message>
    <message>
        <source>Adult villagers: more adults than registered residents</source>
        <translation>Adult villagers: more adults than registered residents</translation>
    </message>
    <message>
        <source>Party members: more party members than registered residents</source>
        <translation>Party members: more party members than registered residents</translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation>Supervision phone: %1</translation>
    </message>
    <message>
        <source>the village no longer exists</source>
        <translation>the village no longer exists</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>write a date (or two dates joined by &quot;..&quot;), then 休 or 班</source>
        <translation>write a date (or two dates joined by &quot;..&quot;), then 休 or 班</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>a period runs forward and lasts at most a month</source>
        <translation>a period runs forward and lasts at most a month</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither 休 (a holiday) nor 班 (a weekend worked)</source>
        <translation>&quot;%1&quot; is neither 休 (a holiday) nor 班 (a weekend worked)</translation>
    </message>
</context>
<context>
    <name>tl::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n household(s) to a grid</source>
        <translation>
            <numerusform>Assign %n household to a grid</numerusform>
            <numerusform>Assign %n households to a grid</numerusform>
        </translation>
    </message>
    <message>
        <source>(No grid – take them out of their grid)</source>
        <translation>(No grid – take them out of their grid)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 (%2 households)</source>
        <translation>%1 (%2 households)</translation>
    </message>
    <message>
        <source>Optional, kept in each household&apos;s history (e.g. moved house)</source>
        <translation>Optional, kept in each household&apos;s history (e.g. moved house)</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>Grid &amp;worker:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Share among the grid&apos;s %1 workers</source>
        <translation>Share among the grid&apos;s %1 workers</translation>
    </message>
    <message>
        <source>The households will be in no grid; the findings list will show them until they are assigned again.</source>
        <translation>The households will be in no grid; the findings list will show them until they are assigned again.</translation>
    </message>
    <message>
        <source>That is above the size the township set (+%1%).</source>
        <translation>That is above the size the township set (+%1%).</translation>
    </message>
    <message>
        <source>The grid has no grid workers yet: add them with Edit grid….</source>
        <translation>The grid has no grid workers yet: add them with Edit grid….</translation>
    </message>
    <message>
        <source>About %1 households per worker.</source>
        <translation>About %1 households per worker.</translation>
    </message>
    <message>
        <source>The grid will have %1 households (size %2).</source>
        <translation>The grid will have %1 households (size %2).</translation>
    </message>
</context>
<context>
    <name>tl::ui::BackupsDialog</name>
    <message>
        <source>Daily (first opening of the day)</source>
        <translation>Daily (first opening of the day)</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Damaged file, kept as it was</source>
        <translation>Damaged file, kept as it was</translation>
    </message>
    <message>
        <source>Before the upgrade to format %1</source>
        <translation>Before the upgrade to format %1</translation>
    </message>
    <message>
        <source>Backups and restore</source>
        <translation>Backups and restore</translation>
    </message>
    <message>
        <source>Copies of this ledger are kept in %1. One is made at the first opening of each day (the last %2 of those are kept), one before every import and one before every restore.</source>
        <translation>Copies of this ledger are kept in %1. One is made at the first opening of each day (the last %2 of those are kept), one before every import and one before every restore.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Replace the ledger with the selected backup; the ledger as it is now is saved as a backup first</source>
        <translation>Replace the ledger with the selected backup; the ledger as it is now is saved as a backup first</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>There is no backup of this ledger yet.</source>
        <translation>There is no backup of this ledger yet.</translation>
    </message>
    <message>
        <source>The ledger is open read-only, so it cannot be replaced by a backup</source>
        <translation>The ledger is open read-only, so it cannot be replaced by a backup</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>The backup could not be made: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the ledger as it was on %1 (%2)?

The ledger as it is now is saved first as a backup (&quot;Before a restore&quot;), so nothing is lost: you can go back to it the same way. The undo history of this session is cleared.</source>
        <translation>Restore the ledger as it was on %1 (%2)?

The ledger as it is now is saved first as a backup (&quot;Before a restore&quot;), so nothing is lost: you can go back to it the same way. The undo history of this session is cleared.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1

The ledger is as it was.</source>
        <translation>Nothing was restored: %1

The ledger is as it was.</translation>
    </message>
    <message>
        <source>The ledger was restored as it was on %1.

The ledger as it was before the restore is kept as:
%2</source>
        <translation>The ledger was restored as it was on %1.

The ledger as it was before the restore is kept as:
%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::BatchNoticesDialog</name>
    <message>
        <source>Notices due for the township</source>
        <translation>Notices due for the township</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Notices due in the &amp;next:</source>
        <translation>Notices due in the &amp;next:</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Select n&amp;one</translation>
    </message>
    <message>
        <source>These notices cannot be made yet:</source>
        <translation>These notices cannot be made yet:</translation>
    </message>
    <message>
        <source>One notice per page, A4 in the official layout; ID and private phone numbers are masked.</source>
        <translation>One notice per page, A4 in the official layout; ID and private phone numbers are masked.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>from %1 to %2, and those already late</source>
        <translation>from %1 to %2, and those already late</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Issued by %1, %2</source>
        <translation>Issued by %1, %2</translation>
    </message>
    <message>
        <source>No notice is due in this window.</source>
        <translation>No notice is due in this window.</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 of %2 selected</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>System user</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeHistoryWindow</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>All record types</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Any way</translation>
    </message>
    <message>
        <source>Search values, clerk or user…</source>
        <translation>Search values, clerk or user…</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Record &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Done by:</source>
        <translation>&amp;Done by:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Show &amp;all records</source>
        <translation>Show &amp;all records</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Save the changes the filters let through as an Excel workbook (ID numbers and phones masked)</source>
        <translation>Save the changes the filters let through as an Excel workbook (ID numbers and phones masked)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>No changes match the filters.</source>
        <translation>No changes match the filters.</translation>
    </message>
    <message>
        <source>Changes: %1, newest first.</source>
        <translation>Changes: %1, newest first.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes; scroll down for more.</source>
        <translation>Showing the newest %1 of %2 changes; scroll down for more.</translation>
    </message>
    <message>
        <source>The history of one record: %1 %2</source>
        <translation>The history of one record: %1 %2</translation>
    </message>
    <message>
        <source>Change history – %1 %2</source>
        <translation>Change history – %1 %2</translation>
    </message>
    <message>
        <source>Change history – %1</source>
        <translation>Change history – %1</translation>
    </message>
    <message>
        <source>Export the change history</source>
        <translation>Export the change history</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook %1 was not written: %2</source>
        <translation>The workbook %1 was not written: %2</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Every change made to this record: when, by whom, the old and the new value</source>
        <translation>Every change made to this record: when, by whom, the old and the new value</translation>
    </message>
    <message>
        <source>Every change made to this village&apos;s record: when, by whom, the old and the new value</source>
        <translation>Every change made to this village&apos;s record: when, by whom, the old and the new value</translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeOfTermDialog</name>
    <message>
        <source>Change of term – %1</source>
        <translation>Change of term – %1</translation>
    </message>
    <message>
        <source>The change of term closes the running terms of the party organisation, the villagers&apos; committee and the supervision committee of %1 on the election day, ends every post held in them with the reason &quot;change of term&quot; and opens the next terms.</source>
        <translation>The change of term closes the running terms of the party organisation, the villagers&apos; committee and the supervision committee of %1 on the election day, ends every post held in them with the reason &quot;change of term&quot; and opens the next terms.</translation>
    </message>
    <message>
        <source>Open first term – %1</source>
        <translation>Open first term – %1</translation>
    </message>
    <message>
        <source>No term of the %1 of %2 is recorded yet. Enter the term that is running now; its posts can then be entered on the members tab.</source>
        <translation>No term of the %1 of %2 is recorded yet. Enter the term that is running now; its posts can then be entered on the members tab.</translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation>&amp;Election day:</translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation>Term &amp;start:</translation>
    </message>
    <message>
        <source>Term &amp;number:</source>
        <translation>Term &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Carry over the current holders (re-elected)</source>
        <translation>&amp;Carry over the current holders (re-elected)</translation>
    </message>
    <message>
        <source>Re-enters everybody who holds a post now into the new terms, so you only correct who changed.</source>
        <translation>Re-enters everybody who holds a post now into the new terms, so you only correct who changed.</translation>
    </message>
    <message>
        <source>Record change of term</source>
        <translation>Record change of term</translation>
    </message>
    <message>
        <source>Open term</source>
        <translation>Open term</translation>
    </message>
    <message>
        <source>Term %1 runs from %2 to %3 (%4 years, from the settings).</source>
        <translation>Term %1 runs from %2 to %3 (%4 years, from the settings).</translation>
    </message>
    <message>
        <source>The new terms run until %1. Everybody who holds a post now is entered again from %2.</source>
        <translation>The new terms run until %1. Everybody who holds a post now is entered again from %2.</translation>
    </message>
    <message>
        <source>The new terms run until %1 and start without members: enter the elected members on the members tab.</source>
        <translation>The new terms run until %1 and start without members: enter the elected members on the members tab.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DashboardPage</name>
    <message>
        <source>%1: %2 (%3%)</source>
        <comment>pie slice: label, count, percent</comment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Save charts as PNG…</source>
        <translation>Save charts as PNG…</translation>
    </message>
    <message>
        <source>Save every chart as a PNG picture into a folder</source>
        <translation>Save every chart as a PNG picture into a folder</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Township dashboard</source>
        <translation>Township dashboard</translation>
    </message>
    <message>
        <source>%1 dashboard</source>
        <translation>%1 dashboard</translation>
    </message>
    <message>
        <source>figures as of %1 (quarter running)</source>
        <translation>figures as of %1 (quarter running)</translation>
    </message>
    <message>
        <source>figures as of the quarter&apos;s end, %1</source>
        <translation>figures as of the quarter&apos;s end, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) · %1 two-committee members, %2 women (%3%) · average age %4 · %5 reserve cadres · %6 households, %7% in a grid</source>
        <translation>
            <numerusform>%n village · %1 two-committee members, %2 women (%3%) · average age %4 · %5 reserve cadres · %6 households, %7% in a grid</numerusform>
            <numerusform>%n villages · %1 two-committee members, %2 women (%3%) · average age %4 · %5 reserve cadres · %6 households, %7% in a grid</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-committee members by age</source>
        <translation>Two-committee members by age</translation>
    </message>
    <message>
        <source>%1 members; %2 without a known birth date are not shown</source>
        <translation>%1 members; %2 without a known birth date are not shown</translation>
    </message>
    <message>
        <source>%1 members, average age %2</source>
        <translation>%1 members, average age %2</translation>
    </message>
    <message>
        <source>Education of two-committee members</source>
        <translation>Education of two-committee members</translation>
    </message>
    <message>
        <source>Junior college or higher: %1 of %2 (%3%)</source>
        <translation>Junior college or higher: %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Women and men on the two committees</source>
        <translation>Women and men on the two committees</translation>
    </message>
    <message>
        <source>Every villagers&apos; committee must include at least one woman</source>
        <translation>Every villagers&apos; committee must include at least one woman</translation>
    </message>
    <message>
        <source>Against the goals</source>
        <translation>Against the goals</translation>
    </message>
    <message>
        <source>Secretary also director: %1 of %2 villages, the goal is every village · junior college or higher: target %3%</source>
        <translation>Secretary also director: %1 of %2 villages, the goal is every village · junior college or higher: target %3%</translation>
    </message>
    <message>
        <source>Major matters by status</source>
        <translation>Major matters by status</translation>
    </message>
    <message>
        <source>Disclosures on time, by month</source>
        <translation>Disclosures on time, by month</translation>
    </message>
    <message>
        <source>No disclosure of this quarter is due yet</source>
        <translation>No disclosure of this quarter is due yet</translation>
    </message>
    <message>
        <source>Households covered by grids</source>
        <translation>Households covered by grids</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>≤35</source>
        <translation>≤35</translation>
    </message>
    <message>
        <source>36–45</source>
        <translation>36–45</translation>
    </message>
    <message>
        <source>46–55</source>
        <translation>46–55</translation>
    </message>
    <message>
        <source>56–60</source>
        <translation>56–60</translation>
    </message>
    <message>
        <source>&gt;60</source>
        <translation>&gt;60</translation>
    </message>
    <message>
        <source>Junior college or higher</source>
        <translation>Junior college or higher</translation>
    </message>
    <message>
        <source>Below junior college or not recorded</source>
        <translation>Below junior college or not recorded</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>This township</source>
        <translation>This township</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Junior college
or higher</source>
        <translation>Junior college
or higher</translation>
    </message>
    <message>
        <source>Secretary also
director</source>
        <translation>Secretary also
director</translation>
    </message>
    <message>
        <source>share, %</source>
        <translation>share, %</translation>
    </message>
    <message>
        <source>%1 matters in %2 villages; the %3 villages with the most open matters are shown</source>
        <translation>%1 matters in %2 villages; the %3 villages with the most open matters are shown</translation>
    </message>
    <message>
        <source>%1 matters open at the quarter&apos;s end or with a step in the quarter</source>
        <translation>%1 matters open at the quarter&apos;s end or with a step in the quarter</translation>
    </message>
    <message>
        <source>No matter was open or moved in this quarter</source>
        <translation>No matter was open or moved in this quarter</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>%1 of %2 households in a grid (%3%), today</source>
        <translation>%1 of %2 households in a grid (%3%), today</translation>
    </message>
    <message>
        <source>The %1 villages with the most households in no grid are shown</source>
        <translation>The %1 villages with the most households in no grid are shown</translation>
    </message>
    <message>
        <source>In a grid</source>
        <translation>In a grid</translation>
    </message>
    <message>
        <source>In no grid</source>
        <translation>In no grid</translation>
    </message>
    <message>
        <source>age bands</source>
        <translation>age bands</translation>
    </message>
    <message>
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>women and men</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>goals</translation>
    </message>
    <message>
        <source>matters by status</source>
        <translation>matters by status</translation>
    </message>
    <message>
        <source>disclosures by month</source>
        <translation>disclosures by month</translation>
    </message>
    <message>
        <source>grid coverage</source>
        <translation>grid coverage</translation>
    </message>
    <message>
        <source>Save charts into folder</source>
        <translation>Save charts into folder</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) in %1</source>
        <translation>
            <numerusform>Saved %n chart in %1</numerusform>
            <numerusform>Saved %n charts in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the charts in %1</source>
        <translation>Could not save the charts in %1</translation>
    </message>
    <message>
        <source>%1 of %2 disclosures due by %4 were posted on time (%3%)</source>
        <translation>%1 of %2 disclosures due by %4 were posted on time (%3%)</translation>
    </message>
</context>
<context>
    <name>tl::ui::DeliberationSettingsDialog</name>
    <message>
        <source>Rules for four deliberations, two disclosures</source>
        <translation>Rules for four deliberations, two disclosures</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <source>At least half of the members</source>
        <translation>At least half of the members</translation>
    </message>
    <message>
        <source>At least two thirds of the members</source>
        <translation>At least two thirds of the members</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Joint meeting of both committees, &amp;quorum:</source>
        <translation>Joint meeting of both committees, &amp;quorum:</translation>
    </message>
    <message>
        <source>No statute sets it; local rules usually ask for half, some for two thirds. The other quorums are set by law and cannot be changed.</source>
        <translation>No statute sets it; local rules usually ask for half, some for two thirds. The other quorums are set by law and cannot be changed.</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Disclose the resolution within (after the decision):</source>
        <translation>Disclose the resolution within (after the decision):</translation>
    </message>
    <message>
        <source>Keep a disclosure up for at &amp;least:</source>
        <translation>Keep a disclosure up for at &amp;least:</translation>
    </message>
    <message>
        <source>Disclose the &amp;result within (after planned completion):</source>
        <translation>Disclose the &amp;result within (after planned completion):</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation>Largest &amp;attachment:</translation>
    </message>
    <message>
        <source>Changes apply to every matter and to the findings at once; Edit &gt; Undo reverts them.</source>
        <translation>Changes apply to every matter and to the findings at once; Edit &gt; Undo reverts them.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>The rules were not saved: %1</translation>
    </message>
    <message>
        <source>Count the disclosure period in &amp;working days (without holidays, with 调休 weekends)</source>
        <translation>Count the disclosure period in &amp;working days (without holidays, with 调休 weekends)</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>&amp;Holidays…</translation>
    </message>
    <message>
        <source>The statutory holidays and the weekends worked instead, year by year, as the State Council publishes them</source>
        <translation>The statutory holidays and the weekends worked instead, year by year, as the State Council publishes them</translation>
    </message>
    <message>
        <source>Holidays and weekends worked</source>
        <translation>Holidays and weekends worked</translation>
    </message>
    <message>
        <source>One line a day or a period: 2026-10-01..2026-10-07 休 国庆节, or 2026-10-10 班 调休. A year without lines counts Monday to Friday. Add each new year when the State Council publishes it.</source>
        <translation>One line a day or a period: 2026-10-01..2026-10-07 休 国庆节, or 2026-10-10 班 调休. A year without lines counts Monday to Friday. Add each new year when the State Council publishes it.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureDialog</name>
    <message>
        <source>Bulletin board</source>
        <translation>Bulletin board</translation>
    </message>
    <message>
        <source>Villagers&apos; WeChat group</source>
        <translation>Villagers&apos; WeChat group</translation>
    </message>
    <message>
        <source>Sunshine village affairs platform</source>
        <translation>Sunshine village affairs platform</translation>
    </message>
    <message>
        <source>%1 %2 finance income and expenditure disclosure</source>
        <translation>%1 %2 finance income and expenditure disclosure</translation>
    </message>
    <message>
        <source>%1 %2 village affairs disclosure</source>
        <translation>%1 %2 village affairs disclosure</translation>
    </message>
    <message>
        <source>%1 %2 party affairs disclosure</source>
        <translation>%1 %2 party affairs disclosure</translation>
    </message>
    <message>
        <source>Edit disclosure – %1</source>
        <translation>Edit disclosure – %1</translation>
    </message>
    <message>
        <source>New disclosure – %1</source>
        <translation>New disclosure – %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Period covered:</source>
        <translation>&amp;Period covered:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>What is disclosed; for finance a sentence before the table</source>
        <translation>What is disclosed; for finance a sentence before the table</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation>P&amp;osted on:</translation>
    </message>
    <message>
        <source>Untick while the disclosure is prepared but not yet put up</source>
        <translation>Untick while the disclosure is prepared but not yet put up</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <source>Another channel, e.g. loudspeaker</source>
        <translation>Another channel, e.g. loudspeaker</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>C&amp;hannels:</translation>
    </message>
    <message>
        <source>supervision committee member who reviewed it</source>
        <translation>supervision committee member who reviewed it</translation>
    </message>
    <message>
        <source>Reviewed and si&amp;gned by:</source>
        <translation>Reviewed and si&amp;gned by:</translation>
    </message>
    <message>
        <source>Income and expense items</source>
        <translation>Income and expense items</translation>
    </message>
    <message>
        <source>Item, e.g. fish pond lease</source>
        <translation>Item, e.g. fish pond lease</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>In yuan with up to two decimals, e.g. 12500.50; &quot;1.2万&quot; is read as 12,000.00</source>
        <translation>In yuan with up to two decimals, e.g. 12500.50; &quot;1.2万&quot; is read as 12,000.00</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Adds the item to the table (Enter in the entry fields)</source>
        <translation>Adds the item to the table (Enter in the entry fields)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>(accounting system of 2024)</source>
        <translation>(accounting system of 2024)</translation>
    </message>
    <message>
        <source>(accounting system before 2024)</source>
        <translation>(accounting system before 2024)</translation>
    </message>
    <message>
        <source>Item: name what the money was for</source>
        <translation>Item: name what the money was for</translation>
    </message>
    <message>
        <source>Amount: type the amount in yuan</source>
        <translation>Amount: type the amount in yuan</translation>
    </message>
    <message>
        <source>Income %1 yuan · expenses %2 yuan · balance %3 yuan</source>
        <translation>Income %1 yuan · expenses %2 yuan · balance %3 yuan</translation>
    </message>
    <message>
        <source>Item %1 is dated %2, outside the period</source>
        <translation>Item %1 is dated %2, outside the period</translation>
    </message>
    <message>
        <source>Item %1: &quot;%2&quot; is not a category of the 2024 accounting system</source>
        <translation>Item %1: &quot;%2&quot; is not a category of the 2024 accounting system</translation>
    </message>
    <message>
        <source>Item %1: &quot;%2&quot; is not a category of the accounting system before 2024</source>
        <translation>Item %1: &quot;%2&quot; is not a category of the accounting system before 2024</translation>
    </message>
    <message>
        <source>the supervision committee&apos;s opinion, e.g. accounts checked, agreed to disclose</source>
        <translation>the supervision committee&apos;s opinion, e.g. accounts checked, agreed to disclose</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s op&amp;inion:</source>
        <translation>Supervision committee&apos;s op&amp;inion:</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureModel</name>
    <message>
        <source>Due by %1, posted on %2</source>
        <translation>Due by %1, posted on %2</translation>
    </message>
    <message>
        <source>Due by %1, not posted yet</source>
        <translation>Due by %1, not posted yet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>not posted</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between channel names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureProgressModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>%n d late</numerusform>
            <numerusform>%n d late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1
The period has not ended yet.</source>
        <translation>%1
The period has not ended yet.</translation>
    </message>
    <message>
        <source>%1
Not owed: the village was not in the ledger at the end of the period.</source>
        <translation>%1
Not owed: the village was not in the ledger at the end of the period.</translation>
    </message>
    <message>
        <source>%1
%2; due by %3</source>
        <translation>%1
%2; due by %3</translation>
    </message>
    <message>
        <source>; posted on %1</source>
        <translation>; posted on %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n day(s) overdue</source>
        <translation>
            <numerusform>; %n day overdue</numerusform>
            <numerusform>; %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>
Double-click or Enter opens the disclosure.</source>
        <translation>
Double-click or Enter opens the disclosure.</translation>
    </message>
    <message>
        <source>
Double-click or Enter records it.</source>
        <translation>
Double-click or Enter records it.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureProgressPage</name>
    <message>
        <source>Disclosure progress</source>
        <translation>Disclosure progress</translation>
    </message>
    <message>
        <source>Finance (monthly)</source>
        <translation>Finance (monthly)</translation>
    </message>
    <message>
        <source>Village affairs (quarterly)</source>
        <translation>Village affairs (quarterly)</translation>
    </message>
    <message>
        <source>Party affairs (quarterly)</source>
        <translation>Party affairs (quarterly)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>A disclosure is due some days after its period ends (Settings &gt; Disclosure rules)</source>
        <translation>A disclosure is due some days after its period ends (Settings &gt; Disclosure rules)</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <source>! done late</source>
        <translation>! done late</translation>
    </message>
    <message>
        <source>due (not late yet)</source>
        <translation>due (not late yet)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>period not ended</source>
        <translation>period not ended</translation>
    </message>
    <message>
        <source>Double-click a cell (or press Enter) to open the disclosure, or to record a missing one.</source>
        <translation>Double-click a cell (or press Enter) to open the disclosure, or to record a missing one.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>%n d late</numerusform>
            <numerusform>%n d late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3 done, %4 done late, %5 due, %6 overdue.</source>
        <translation>%1, %2: %3 done, %4 done late, %5 due, %6 overdue.</translation>
    </message>
    <message>
        <source>Disclosure progress %1 – %2</source>
        <comment>year, kind</comment>
        <translation>Disclosure progress %1 – %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosureSettingsDialog</name>
    <message>
        <source>Disclosure rules and notice fonts</source>
        <translation>Disclosure rules and notice fonts</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>When a disclosure is due</source>
        <translation>When a disclosure is due</translation>
    </message>
    <message>
        <source>&amp;Finance, after the end of its month:</source>
        <translation>&amp;Finance, after the end of its month:</translation>
    </message>
    <message>
        <source>&amp;Village and party affairs, after the end of its quarter:</source>
        <translation>&amp;Village and party affairs, after the end of its quarter:</translation>
    </message>
    <message>
        <source>Finance is disclosed monthly, village and party affairs at least quarterly; provinces set the days.</source>
        <translation>Finance is disclosed monthly, village and party affairs at least quarterly; provinces set the days.</translation>
    </message>
    <message>
        <source>Printed notices</source>
        <translation>Printed notices</translation>
    </message>
    <message>
        <source>&amp;Title font:</source>
        <translation>&amp;Title font:</translation>
    </message>
    <message>
        <source>&amp;Body font:</source>
        <translation>&amp;Body font:</translation>
    </message>
    <message>
        <source>Changes apply to the progress page and the findings at once; Edit &gt; Undo reverts them.</source>
        <translation>Changes apply to the progress page and the findings at once; Edit &gt; Undo reverts them.</translation>
    </message>
    <message>
        <source>Notice of the resolution</source>
        <translation>Notice of the resolution</translation>
    </message>
    <message>
        <source>To all villagers: the matter went through these meetings …</source>
        <translation>To all villagers: the matter went through these meetings …</translation>
    </message>
    <message>
        <source>Choose a font for the title and for the text.</source>
        <translation>Choose a font for the title and for the text.</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>The settings were not saved: %1</translation>
    </message>
    <message>
        <source>The official layout asks for a heavy song face (小标宋 or 宋体) for the title and a fangsong face (仿宋_GB2312, FangSong, STFangsong) at 16 pt for the text. A face this computer lacks is replaced by the first official face installed, else Noto Serif CJK.</source>
        <translation>The official layout asks for a heavy song face (小标宋 or 宋体) for the title and a fangsong face (仿宋_GB2312, FangSong, STFangsong) at 16 pt for the text. A face this computer lacks is replaced by the first official face installed, else Noto Serif CJK.</translation>
    </message>
</context>
<context>
    <name>tl::ui::DisclosuresTab</name>
    <message>
        <source>&amp;New disclosure…</source>
        <translation>&amp;New disclosure…</translation>
    </message>
    <message>
        <source>Record a party affairs, village affairs or finance disclosure (Ins)</source>
        <translation>Record a party affairs, village affairs or finance disclosure (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected disclosure (Enter or double-click)</source>
        <translation>Edit the selected disclosure (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete a disclosure entered by mistake (Del); Edit &gt; Undo brings it back</source>
        <translation>Delete a disclosure entered by mistake (Del); Edit &gt; Undo brings it back</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>&amp;Print notice…</translation>
    </message>
    <message>
        <source>The printed notice of the selected disclosure for the bulletin board: preview, print or save as PDF</source>
        <translation>The printed notice of the selected disclosure for the bulletin board: preview, print or save as PDF</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Disclosures: %1</source>
        <translation>Disclosures: %1</translation>
    </message>
    <message>
        <source> · not posted: %1</source>
        <translation> · not posted: %1</translation>
    </message>
    <message>
        <source> · posted late: %1</source>
        <translation> · posted late: %1</translation>
    </message>
    <message>
        <source> · overdue: %1</source>
        <translation> · overdue: %1</translation>
    </message>
    <message>
        <source>Delete disclosure</source>
        <translation>Delete disclosure</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” (%2, %3) with its %n finance item(s)?

This is for a disclosure entered by mistake; Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1” (%2, %3) with its %n finance item?

This is for a disclosure entered by mistake; Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete “%1” (%2, %3) with its %n finance items?

This is for a disclosure entered by mistake; Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” was not deleted: %2</translation>
    </message>
    <message>
        <source>Disclosures – %1</source>
        <translation>Disclosures – %1</translation>
    </message>
    <message>
        <source>Disclosures – %1 – %2</source>
        <comment>village, kind of disclosure</comment>
        <translation>Disclosures – %1 – %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ExportReportDialog</name>
    <message>
        <source>&amp;Unmasked (internal use only)</source>
        <translation>&amp;Unmasked (internal use only)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Quarterly report to the county</source>
        <translation>Quarterly report to the county</translation>
    </message>
    <message>
        <source>The report for %1: a summary per village, the two-committee members, the four-deliberations ledger, the grids, the open findings and charts, as an Excel workbook that opens in Excel and WPS.</source>
        <translation>The report for %1: a summary per village, the two-committee members, the four-deliberations ledger, the grids, the open findings and charts, as an Excel workbook that opens in Excel and WPS.</translation>
    </message>
    <message>
        <source>Write full ID numbers and phone numbers instead of masked ones</source>
        <translation>Write full ID numbers and phone numbers instead of masked ones</translation>
    </message>
    <message>
        <source>The workbook will contain full ID numbers and phone numbers. Keep it inside the township government: do not post, print for the public or send it on.</source>
        <translation>The workbook will contain full ID numbers and phone numbers. Keep it inside the township government: do not post, print for the public or send it on.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>%1-%2-Quarterly report</source>
        <comment>file name: township, quarter code</comment>
        <translation>%1-%2-Quarterly report</translation>
    </message>
    <message>
        <source>-internal</source>
        <comment>file name suffix of an unmasked report</comment>
        <translation>-internal</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>Save the quarterly report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Export with full ID numbers and phone numbers, for internal use only?</source>
        <translation>Export with full ID numbers and phone numbers, for internal use only?</translation>
    </message>
    <message>
        <source>Writing the report for %1…</source>
        <translation>Writing the report for %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::FinanceItemsModel</name>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>Income or expense</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Whole township</source>
        <translation>Whole township</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsPanel</name>
    <message>
        <source>Only this village</source>
        <translation>Only this village</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Filter by village, rule or name…</source>
        <translation>Filter by village, rule or name…</translation>
    </message>
    <message>
        <source>Click a finding (or press Enter) to go to its record</source>
        <translation>Click a finding (or press Enter) to go to its record</translation>
    </message>
    <message>
        <source>No findings: the records follow every rule and target.</source>
        <translation>No findings: the records follow every rule and target.</translation>
    </message>
    <message>
        <source>%1 findings: %2 errors, %3 warnings</source>
        <translation>%1 findings: %2 errors, %3 warnings</translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation>(%1 shown)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Findings (errors only)</source>
        <translation>Findings (errors only)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>findings – village</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Findings as of the end of this day</source>
        <translation>Findings as of the end of this day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Show today&apos;s findings</source>
        <translation>Show today&apos;s findings</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>As of %1: %2</translation>
    </message>
    <message>
        <source>Checking the file; the findings follow in a moment…</source>
        <translation>Checking the file; the findings follow in a moment…</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridDialog</name>
    <message>
        <source>Grid %1 – %2</source>
        <translation>Grid %1 – %2</translation>
    </message>
    <message>
        <source>New grid – %1</source>
        <translation>New grid – %1</translation>
    </message>
    <message>
        <source>e.g. First group grid</source>
        <translation>e.g. First group grid</translation>
    </message>
    <message>
        <source>The county&apos;s grid code, if it gave one</source>
        <translation>The county&apos;s grid code, if it gave one</translation>
    </message>
    <message>
        <source>(none – directly under the village)</source>
        <translation>(none – directly under the village)</translation>
    </message>
    <message>
        <source>This grid has sub-grids, so it stays directly under the village.</source>
        <translation>This grid has sub-grids, so it stays directly under the village.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation>also in %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The village has no people in the ledger yet: add them on the members or reserve cadres tab first.</source>
        <translation>The village has no people in the ledger yet: add them on the members or reserve cadres tab first.</translation>
    </message>
    <message>
        <source>Which groups, streets or door numbers the grid covers</source>
        <translation>Which groups, streets or door numbers the grid covers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Parent grid:</source>
        <translation>&amp;Parent grid:</translation>
    </message>
    <message>
        <source>Grid &amp;leader:</source>
        <translation>Grid &amp;leader:</translation>
    </message>
    <message>
        <source>Grid &amp;workers:</source>
        <translation>Grid &amp;workers:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message numerus="yes">
        <source>%n grid worker(s) chosen</source>
        <translation>
            <numerusform>%n grid worker chosen</numerusform>
            <numerusform>%n grid workers chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>A grid without a leader is listed in the findings.</source>
        <translation>A grid without a leader is listed in the findings.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridProposalDialog</name>
    <message>
        <source>Proposed grids – %1</source>
        <translation>Proposed grids – %1</translation>
    </message>
    <message>
        <source>%1 households in %2 grids: one grid per villager group, split when a group has more than %3 households; each grid worker keeps in touch with about %4. Nothing is written until you apply, and Edit &gt; Undo takes the whole proposal back. Names and codes can be changed here.</source>
        <translation>%1 households in %2 grids: one grid per villager group, split when a group has more than %3 households; each grid worker keeps in touch with about %4. Nothing is written until you apply, and Edit &gt; Undo takes the whole proposal back. Names and codes can be changed here.</translation>
    </message>
    <message>
        <source>Grid name</source>
        <translation>Grid name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Grid workers (households each)</source>
        <translation>Grid workers (households each)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(none – not enough people)</source>
        <translation>(none – not enough people)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Apply proposal</source>
        <translation>&amp;Apply proposal</translation>
    </message>
    <message>
        <source>Row %1: the grid needs a name.</source>
        <translation>Row %1: the grid needs a name.</translation>
    </message>
    <message>
        <source>Row %1: the name %2 is used twice.</source>
        <translation>Row %1: the name %2 is used twice.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridSettingsDialog</name>
    <message>
        <source>Grid rules</source>
        <translation>Grid rules</translation>
    </message>
    <message>
        <source>About 50 households per grid and 10 per grid worker are the usual rule; counties set their own. These figures drive Propose grids and the grid findings.</source>
        <translation>About 50 households per grid and 10 per grid worker are the usual rule; counties set their own. These figures drive Propose grids and the grid findings.</translation>
    </message>
    <message>
        <source> households</source>
        <translation> households</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Households per &amp;grid:</source>
        <translation>Households per &amp;grid:</translation>
    </message>
    <message>
        <source>A grid may be &amp;above that by:</source>
        <translation>A grid may be &amp;above that by:</translation>
    </message>
    <message>
        <source>Households per grid &amp;worker, usually:</source>
        <translation>Households per grid &amp;worker, usually:</translation>
    </message>
    <message>
        <source>…and at &amp;most:</source>
        <translation>…and at &amp;most:</translation>
    </message>
    <message>
        <source>A grid with more than %1 households is listed in the findings.</source>
        <translation>A grid with more than %1 households is listed in the findings.</translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation>Cannot be saved: %1</translation>
    </message>
    <message>
        <source>The grid rules were not saved: %1</source>
        <translation>The grid rules were not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridTreeModel</name>
    <message numerus="yes">
        <source>%n household(s) in no grid</source>
        <translation>
            <numerusform>%n household in no grid</numerusform>
            <numerusform>%n households in no grid</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households: above the grid size of %2 (+%3% tolerated)</source>
        <translation>%1 households: above the grid size of %2 (+%3% tolerated)</translation>
    </message>
    <message>
        <source>No grid leader</source>
        <translation>No grid leader</translation>
    </message>
    <message>
        <source>No grid workers</source>
        <translation>No grid workers</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Unassigned (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 households, %2 of them in sub-grids</source>
        <translation>%1 households, %2 of them in sub-grids</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <source>Grid workers: %1</source>
        <translation>Grid workers: %1</translation>
    </message>
    <message>
        <source>Households in no grid. Drag households here to take them out of their grid.</source>
        <translation>Households in no grid. Drag households here to take them out of their grid.</translation>
    </message>
    <message>
        <source>Every household of the village</source>
        <translation>Every household of the village</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation>Grid workers</translation>
    </message>
</context>
<context>
    <name>tl::ui::GridsTab</name>
    <message>
        <source>This village has no grids yet. Propose grids… suggests them from the villager groups for you to review; New grid… adds one by hand.</source>
        <translation>This village has no grids yet. Propose grids… suggests them from the villager groups for you to review; New grid… adds one by hand.</translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation>&amp;New grid…</translation>
    </message>
    <message>
        <source>Add a grid to the village</source>
        <translation>Add a grid to the village</translation>
    </message>
    <message>
        <source>New s&amp;ub-grid…</source>
        <translation>New s&amp;ub-grid…</translation>
    </message>
    <message>
        <source>Add a grid below the selected one (where the county uses four levels)</source>
        <translation>Add a grid below the selected one (where the county uses four levels)</translation>
    </message>
    <message>
        <source>Edit g&amp;rid…</source>
        <translation>Edit g&amp;rid…</translation>
    </message>
    <message>
        <source>Name, code, grid leader, grid workers and area of the selected grid</source>
        <translation>Name, code, grid leader, grid workers and area of the selected grid</translation>
    </message>
    <message>
        <source>Delete grid</source>
        <translation>Delete grid</translation>
    </message>
    <message>
        <source>Delete the selected grid; its households become unassigned</source>
        <translation>Delete the selected grid; its households become unassigned</translation>
    </message>
    <message>
        <source>&amp;Propose grids…</source>
        <translation>&amp;Propose grids…</translation>
    </message>
    <message>
        <source>Suggest grids for the whole village from its villager groups; you review them before anything is written</source>
        <translation>Suggest grids for the whole village from its villager groups; you review them before anything is written</translation>
    </message>
    <message>
        <source>Grid r&amp;ules…</source>
        <translation>Grid r&amp;ules…</translation>
    </message>
    <message>
        <source>Households per grid and per grid worker (for the whole township)</source>
        <translation>Households per grid and per grid worker (for the whole township)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation>Full I&amp;D numbers</translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation>&amp;Add household…</translation>
    </message>
    <message>
        <source>Add a household to the village (Ins)</source>
        <translation>Add a household to the village (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected household and see its grid history (Enter or double-click)</source>
        <translation>Edit the selected household and see its grid history (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected households (Del)</source>
        <translation>Delete the selected households (Del)</translation>
    </message>
    <message>
        <source>A&amp;ssign to grid…</source>
        <translation>A&amp;ssign to grid…</translation>
    </message>
    <message>
        <source>Put the selected households into a grid and give them a grid worker. You can also drag them onto a grid on the left.</source>
        <translation>Put the selected households into a grid and give them a grid worker. You can also drag them onto a grid on the left.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <source>Showing %1 of %2 households</source>
        <translation>Showing %1 of %2 households</translation>
    </message>
    <message>
        <source>%1 in no grid</source>
        <translation>%1 in no grid</translation>
    </message>
    <message>
        <source>A&amp;ssign %1 to grid…</source>
        <translation>A&amp;ssign %1 to grid…</translation>
    </message>
    <message>
        <source>Delete the household of %1?</source>
        <translation>Delete the household of %1?</translation>
    </message>
    <message>
        <source>Delete these %1 households?</source>
        <translation>Delete these %1 households?</translation>
    </message>
    <message>
        <source>Delete households</source>
        <translation>Delete households</translation>
    </message>
    <message>
        <source>This is for records entered by mistake; a household that moved to another grid should be assigned there instead. Edit &gt; Undo brings them back with their grid history.</source>
        <translation>This is for records entered by mistake; a household that moved to another grid should be assigned there instead. Edit &gt; Undo brings them back with their grid history.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings them back.</source>
        <translation>%1. Edit &gt; Undo brings them back.</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>Not assigned: %1</translation>
    </message>
    <message>
        <source>Choose their grid worker with Assign to grid… when you know who it is.</source>
        <translation>Choose their grid worker with Assign to grid… when you know who it is.</translation>
    </message>
    <message>
        <source>Delete grid %1?</source>
        <translation>Delete grid %1?</translation>
    </message>
    <message>
        <source>Its %1 households become unassigned (their history is kept).</source>
        <translation>Its %1 households become unassigned (their history is kept).</translation>
    </message>
    <message>
        <source>Its %1 sub-grids are deleted with it.</source>
        <translation>Its %1 sub-grids are deleted with it.</translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings it back with its households.</source>
        <translation>%1. Edit &gt; Undo brings it back with its households.</translation>
    </message>
    <message>
        <source>The proposed grids were applied. Edit &gt; Undo takes them back.</source>
        <translation>The proposed grids were applied. Edit &gt; Undo takes them back.</translation>
    </message>
    <message>
        <source>New grid…</source>
        <translation>New grid…</translation>
    </message>
    <message>
        <source>New sub-grid…</source>
        <translation>New sub-grid…</translation>
    </message>
    <message>
        <source>Edit grid…</source>
        <translation>Edit grid…</translation>
    </message>
    <message>
        <source>Propose grids…</source>
        <translation>Propose grids…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Add household…</source>
        <translation>Add household…</translation>
    </message>
    <message>
        <source>Grids – %1</source>
        <translation>Grids – %1</translation>
    </message>
    <message>
        <source>Save the grids with their households, people, leaders and workers as an Excel workbook</source>
        <translation>Save the grids with their households, people, leaders and workers as an Excel workbook</translation>
    </message>
    <message>
        <source>Expor&amp;t grids…</source>
        <translation>Expor&amp;t grids…</translation>
    </message>
    <message>
        <source>Households – %1 – %2</source>
        <comment>village, grid</comment>
        <translation>Households – %1 – %2</translation>
    </message>
    <message>
        <source>Households in no grid – %1</source>
        <translation>Households in no grid – %1</translation>
    </message>
    <message>
        <source>Households – %1</source>
        <translation>Households – %1</translation>
    </message>
    <message>
        <source>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</source>
        <translation>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Preparing the search over every household (once per opened ledger)…</source>
        <translation>Preparing the search over every household (once per opened ledger)…</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdDialog</name>
    <message>
        <source>Household of %1 – %2</source>
        <translation>Household of %1 – %2</translation>
    </message>
    <message>
        <source>New household – %1</source>
        <translation>New household – %1</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>Mobile or landline with area code</translation>
    </message>
    <message>
        <source>&amp;Head of household:</source>
        <translation>&amp;Head of household:</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;ID number:</source>
        <translation>Head&apos;s &amp;ID number:</translation>
    </message>
    <message>
        <source>Villager &amp;group:</source>
        <translation>Villager &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Door number / address:</source>
        <translation>&amp;Door number / address:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;People:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Other tags, separated by commas</translation>
    </message>
    <message>
        <source>Other &amp;tags:</source>
        <translation>Other &amp;tags:</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>(no grid)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation>G&amp;rid:</translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation>Grid &amp;worker:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Grid history</source>
        <translation>Grid history</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(deleted grid)</source>
        <translation>(deleted grid)</translation>
    </message>
    <message>
        <source>Never assigned to a grid.</source>
        <translation>Never assigned to a grid.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Already the head of another household: %1 (%2, %3)</source>
        <translation>Already the head of another household: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>In no grid yet: select it and choose Assign to grid…, or drag it onto a grid.</source>
        <translation>In no grid yet: select it and choose Assign to grid…, or drag it onto a grid.</translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation>(no grid)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>Head&apos;s ID number</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Door number / address</source>
        <translation>Door number / address</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdsPage</name>
    <message>
        <source>Households of the township</source>
        <translation>Households of the township</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>In a grid or not</source>
        <translation>In a grid or not</translation>
    </message>
    <message>
        <source>In no grid</source>
        <translation>In no grid</translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation>Full I&amp;D numbers</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected household (Enter or double-click)</source>
        <translation>Edit the selected household (Enter or double-click)</translation>
    </message>
    <message>
        <source>Show in &amp;village</source>
        <translation>Show in &amp;village</translation>
    </message>
    <message>
        <source>Open the household on its village&apos;s grid tab</source>
        <translation>Open the household on its village&apos;s grid tab</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 households</translation>
    </message>
    <message>
        <source>Households – %1</source>
        <translation>Households – %1</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>searched</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (filters)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of filters</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</source>
        <translation>Filter: name, address, group, or the first or last digits of an ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Preparing the search over every household (once per opened ledger)…</source>
        <translation>Preparing the search over every household (once per opened ledger)…</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportDialog</name>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.ods *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>Import &amp;log…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This ledger is open read-only: sheets can be checked, but nothing can be imported.</source>
        <translation>This ledger is open read-only: sheets can be checked, but nothing can be imported.</translation>
    </message>
    <message>
        <source>An Excel, WPS or LibreOffice workbook, or a CSV file</source>
        <translation>An Excel, WPS or LibreOffice workbook, or a CSV file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Create villages that are not in the ledger yet</source>
        <translation>&amp;Create villages that are not in the ledger yet</translation>
    </message>
    <message>
        <source>Otherwise a row naming an unknown village is rejected, so a misspelt name does not become a new village</source>
        <translation>Otherwise a row naming an unknown village is rejected, so a misspelt name does not become a new village</translation>
    </message>
    <message>
        <source>Bring rosters and ledgers kept in Excel, WPS or CSV files into this ledger. Title rows above the header are skipped, and every row is checked before anything is written: you will see each row&apos;s verdict first. A backup of the ledger is saved before the import.</source>
        <translation>Bring rosters and ledgers kept in Excel, WPS or CSV files into this ledger. Title rows above the header are skipped, and every row is checked before anything is written: you will see each row&apos;s verdict first. A backup of the ledger is saved before the import.</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Import:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Already in the ledger:</source>
        <translation>&amp;Already in the ledger:</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a village has the same name.</source>
        <translation>A row is already in the ledger when a village has the same name.</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a person has the same ID number.</source>
        <translation>A row is already in the ledger when a person has the same ID number.</translation>
    </message>
    <message>
        <source>A row is already in the ledger when a household&apos;s head has the same ID number.</source>
        <translation>A row is already in the ledger when a household&apos;s head has the same ID number.</translation>
    </message>
    <message>
        <source>A row is already in the ledger when its village has a matter of the same name.</source>
        <translation>A row is already in the ledger when its village has a matter of the same name.</translation>
    </message>
    <message>
        <source>Skip the row, keep the record as it is</source>
        <translation>Skip the row, keep the record as it is</translation>
    </message>
    <message>
        <source>Update the record with the row&apos;s values</source>
        <translation>Update the record with the row&apos;s values</translation>
    </message>
    <message>
        <source>Add the row as well (keep both)</source>
        <translation>Add the row as well (keep both)</translation>
    </message>
    <message>
        <source>Columns read for %1 (* = required): %2. Other columns are left out; headers are recognised under their usual names, and you can match them yourself in the next step.</source>
        <translation>Columns read for %1 (* = required): %2. Other columns are left out; headers are recognised under their usual names, and you can match them yourself in the next step.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>Choose the sheet to import</translation>
    </message>
    <message>
        <source>%1 has no sheet to read.</source>
        <translation>%1 has no sheet to read.</translation>
    </message>
    <message>
        <source>1 Source</source>
        <translation>1 Source</translation>
    </message>
    <message>
        <source>2 Columns</source>
        <translation>2 Columns</translation>
    </message>
    <message>
        <source>3 Check the rows</source>
        <translation>3 Check the rows</translation>
    </message>
    <message>
        <source>4 Import</source>
        <translation>4 Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln row</numerusform>
            <numerusform>&amp;Import %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>%1
%2 of %3 rows</source>
        <translation>%1
%2 of %3 rows</translation>
    </message>
    <message>
        <source>%1
%2 rows read</source>
        <translation>%1
%2 rows read</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>Create &amp;missing villages</source>
        <translation>Create &amp;missing villages</translation>
    </message>
    <message>
        <source>Already in the ledger:</source>
        <translation>Already in the ledger:</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Save &amp;rejected rows…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Choose a row to read its reason or notes in full.</source>
        <translation>Choose a row to read its reason or notes in full.</translation>
    </message>
    <message>
        <source>Row %1 is rejected: %2</source>
        <translation>Row %1 is rejected: %2</translation>
    </message>
    <message>
        <source>Row %1 is rejected, column %2: %3</source>
        <translation>Row %1 is rejected, column %2: %3</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between the notes on an imported row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Row %1 will be imported as it is.</source>
        <translation>Row %1 will be imported as it is.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>The rows could not be checked: %1</translation>
    </message>
    <message>
        <source>Duplicates, skipped</source>
        <translation>Duplicates, skipped</translation>
    </message>
    <message>
        <source>Duplicates, updated</source>
        <translation>Duplicates, updated</translation>
    </message>
    <message>
        <source>Duplicates, added as well</source>
        <translation>Duplicates, added as well</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>…of these with a note</source>
        <translation>…of these with a note</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The sheet has no rows below the header.</source>
        <translation>The sheet has no rows below the header.</translation>
    </message>
    <message>
        <source>Rejected rows are not imported. Save them to a workbook with the reason in each row, correct them there and import that workbook again.</source>
        <translation>Rejected rows are not imported. Save them to a workbook with the reason in each row, correct them there and import that workbook again.</translation>
    </message>
    <message>
        <source>Nothing has been written to the ledger yet.</source>
        <translation>Nothing has been written to the ledger yet.</translation>
    </message>
    <message>
        <source>Villages:</source>
        <translation>Villages:</translation>
    </message>
    <message>
        <source>Grids (village / grid):</source>
        <translation>Grids (village / grid):</translation>
    </message>
    <message>
        <source>Grid workers (village / name):</source>
        <translation>Grid workers (village / name):</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n village</numerusform>
            <numerusform>%n villages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s)</source>
        <translation>
            <numerusform>%n grid</numerusform>
            <numerusform>%n grids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grid worker(s)</source>
        <translation>
            <numerusform>%n grid worker</numerusform>
            <numerusform>%n grid workers</numerusform>
        </translation>
    </message>
    <message>
        <source>The import will also create %1</source>
        <translation>The import will also create %1</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>All rows (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <source>With notes (%1)</source>
        <translation>With notes (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>Import &amp;another file…</translation>
    </message>
    <message>
        <source>This ledger is open read-only: nothing can be imported into it.</source>
        <translation>This ledger is open read-only: nothing can be imported into it.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importing %Ln row…</numerusform>
            <numerusform>Importing %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written to the ledger.</source>
        <translation>The import was cancelled; nothing was written to the ledger.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected and not imported. Save them, with the reason in each row, to a workbook to correct and import again?</source>
        <translation>
            <numerusform>%Ln row was rejected and not imported. Save it, with the reason in each row, to a workbook to correct and import again?</numerusform>
            <numerusform>%Ln rows were rejected and not imported. Save them, with the reason in each row, to a workbook to correct and import again?</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>The import is done; no row was written.</source>
        <translation>The import is done; no row was written.</translation>
    </message>
    <message>
        <source>Imported (new records)</source>
        <translation>Imported (new records)</translation>
    </message>
    <message>
        <source>Updated (records already in the ledger)</source>
        <translation>Updated (records already in the ledger)</translation>
    </message>
    <message>
        <source>Skipped (already in the ledger)</source>
        <translation>Skipped (already in the ledger)</translation>
    </message>
    <message>
        <source>Before the import, the ledger was backed up as:
%1
Open that file to go back to the ledger as it was.</source>
        <translation>Before the import, the ledger was backed up as:
%1
Open that file to go back to the ledger as it was.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were rejected. Save them to a workbook: each keeps its cells, with the sheet row, the column at fault and the reason beside them.</source>
        <translation>
            <numerusform>%Ln row was rejected. Save it to a workbook: it keeps its cells, with the sheet row, the column at fault and the reason beside them.</numerusform>
            <numerusform>%Ln rows were rejected. Save them to a workbook: each keeps its cells, with the sheet row, the column at fault and the reason beside them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No row was rejected.</translation>
    </message>
    <message>
        <source>%1-errors</source>
        <comment>file name of the rejected rows of an import: the imported file&apos;s name</comment>
        <translation>%1-errors</translation>
    </message>
    <message>
        <source>Check the rows first.</source>
        <translation>Check the rows first.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>The rejected rows could not be saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved in %1</source>
        <translation>
            <numerusform>%Ln rejected row saved in %1</numerusform>
            <numerusform>%Ln rejected rows saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>In %1 the members took office on %2 or later, after the running term ended: a change of term (换届) that the ledger has not recorded.

Record the change of term on %2 and open the next terms from it? Otherwise these members are not imported.</source>
        <translation>In %1 the members took office on %2 or later, after the running term ended: a change of term (换届) that the ledger has not recorded.

Record the change of term on %2 and open the next terms from it? Otherwise these members are not imported.</translation>
    </message>
    <message>
        <source>Totals and notes rows, skipped</source>
        <translation>Totals and notes rows, skipped</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported with findings: the history is recorded as written, and what breaks the rules is listed in the notes of each row.</source>
        <translation>
            <numerusform>%n row will be imported with findings: the history is recorded as written, and what breaks the rules is listed in the notes of each row.</numerusform>
            <numerusform>%n rows will be imported with findings: the history is recorded as written, and what breaks the rules is listed in the notes of each row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unused columns: %1. Go back to map them, or import without them.</source>
        <translation>Unused columns: %1. Go back to map them, or import without them.</translation>
    </message>
    <message>
        <source>Worked out by the program, not imported: %1.</source>
        <translation>Worked out by the program, not imported: %1.</translation>
    </message>
    <message>
        <source>Columns with data that no field takes: map them, or tick the ones to lea&amp;ve out (不导入此列):</source>
        <translation>Columns with data that no field takes: map them, or tick the ones to lea&amp;ve out (不导入此列):</translation>
    </message>
    <message>
        <source>Ma&amp;p columns…</source>
        <translation>Ma&amp;p columns…</translation>
    </message>
    <message>
        <source>Tick to leave this column out of the import (不导入此列)</source>
        <translation>Tick to leave this column out of the import (不导入此列)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with data will not be imported: %1.

Import without them? Choose No to map them first.</source>
        <translation>
            <numerusform>%n column with data will not be imported: %1.

Import without them? Choose No to map them first.</numerusform>
            <numerusform>%n columns with data will not be imported: %1.

Import without them? Choose No to map them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: map the unused columns or tick them to leave them out.</source>
        <translation>Not imported: map the unused columns or tick them to leave them out.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>Every import into this ledger, newest first. Before each import a backup of the ledger was saved beside it.</source>
        <translation>Every import into this ledger, newest first. Before each import a backup of the ledger was saved beside it.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Nothing has been imported into this ledger yet.</source>
        <translation>Nothing has been imported into this ledger yet.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportMappingWidget</name>
    <message>
        <source>Choose the column of the sheet that holds each field. The columns were matched by their headers; fields marked * are required.</source>
        <translation>Choose the column of the sheet that holds each field. The columns were matched by their headers; fields marked * are required.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The row of the sheet that names the columns; the data rows follow it</source>
        <translation>The row of the sheet that names the columns; the data rows follow it</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>Example from the sheet</source>
        <translation>Example from the sheet</translation>
    </message>
    <message>
        <source>Row %1 names the columns; the rows above it are taken as the title.</source>
        <translation>Row %1 names the columns; the rows above it are taken as the title.</translation>
    </message>
    <message>
        <source>No row naming the columns was found among the first rows: choose the header row, then the columns.</source>
        <translation>No row naming the columns was found among the first rows: choose the header row, then the columns.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <comment>a sheet column without a header</comment>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sheet column letter: its header</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Headers recognised: %1</source>
        <translation>Headers recognised: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Choose the header row: the row of the sheet that names the columns.</source>
        <translation>Choose the header row: the row of the sheet that names the columns.</translation>
    </message>
    <message>
        <source>Choose a column for %1: required to import.</source>
        <translation>Choose a column for %1: required to import.</translation>
    </message>
</context>
<context>
    <name>tl::ui::ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplicate: update</source>
        <translation>Duplicate: update</translation>
    </message>
    <message>
        <source>Duplicate: skip</source>
        <translation>Duplicate: skip</translation>
    </message>
    <message>
        <source>Duplicate: keep both</source>
        <translation>Duplicate: keep both</translation>
    </message>
    <message>
        <source>Row %1 of the sheet</source>
        <translation>Row %1 of the sheet</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between the notes on an imported row</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>The row number in the sheet</source>
        <translation>The row number in the sheet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>The column at fault in a rejected row</source>
        <translation>The column at fault in a rejected row</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Reason or notes</translation>
    </message>
    <message>
        <source>Column %1 of the sheet</source>
        <translation>Column %1 of the sheet</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Skipped: not a record</source>
        <translation>Skipped: not a record</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n finding(s)</source>
        <translation>
            <numerusform>Imported with %n finding</numerusform>
            <numerusform>Imported with %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>Township ledgers (*.%1)</source>
        <translation>Township ledgers (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation>Cannot open the ledger</translation>
    </message>
    <message>
        <source>The ledger was upgraded to the current format; the file as it was before is kept as %1</source>
        <translation>The ledger was upgraded to the current format; the file as it was before is kept as %1</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation>New ledger…</translation>
    </message>
    <message>
        <source>This is a demo ledger with invented data. Create a new ledger for real work.</source>
        <translation>This is a demo ledger with invented data. Create a new ledger for real work.</translation>
    </message>
    <message>
        <source>This ledger is open read-only (for example, the file is write-protected): you can look at everything, but not change it.</source>
        <translation>This ledger is open read-only (for example, the file is write-protected): you can look at everything, but not change it.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Undo failed</translation>
    </message>
    <message>
        <source>No ledger is open. Create a new ledger for your township, or open an existing one.</source>
        <translation>No ledger is open. Create a new ledger for your township, or open an existing one.</translation>
    </message>
    <message>
        <source>Open the demo ledger</source>
        <translation>Open the demo ledger</translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <translation>Demo ledger</translation>
    </message>
    <message>
        <source>&amp;New ledger…</source>
        <translation>&amp;New ledger…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Create an empty ledger for a township</source>
        <translation>Create an empty ledger for a township</translation>
    </message>
    <message>
        <source>&amp;Open ledger…</source>
        <translation>&amp;Open ledger…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Copy the whole ledger to another file and continue in the copy</source>
        <translation>Copy the whole ledger to another file and continue in the copy</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>Save a dated copy of the ledger beside the file</source>
        <translation>Save a dated copy of the ledger beside the file</translation>
    </message>
    <message>
        <source>&amp;Township information…</source>
        <translation>&amp;Township information…</translation>
    </message>
    <message>
        <source>Targets and &amp;rules…</source>
        <translation>Targets and &amp;rules…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Add village…</source>
        <translation>&amp;Add village…</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>Township &amp;overview</source>
        <translation>Township &amp;overview</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Go to the village &amp;list</source>
        <translation>Go to the village &amp;list</translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation>&amp;About Township Ledger</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>Open r&amp;ecent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation>Township Ledger</translation>
    </message>
    <message>
        <source>[Demo ledger]</source>
        <translation>[Demo ledger]</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>Where to save the new ledger</source>
        <translation>Where to save the new ledger</translation>
    </message>
    <message>
        <source>New ledger</source>
        <translation>New ledger</translation>
    </message>
    <message>
        <source>Created %1. Add the villages next.</source>
        <translation>Created %1. Add the villages next.</translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation>Open a ledger</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>ledger</translation>
    </message>
    <message>
        <source>Save a copy of the ledger as</source>
        <translation>Save a copy of the ledger as</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; a ledger is never overwritten.</source>
        <translation>%1 already exists. Choose another name; a ledger is never overwritten.</translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation>The copy %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Now working in the copy %1</source>
        <translation>Now working in the copy %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>A backup of the ledger was saved as:
%1</source>
        <translation>A backup of the ledger was saved as:
%1</translation>
    </message>
    <message>
        <source>Township information</source>
        <translation>Township information</translation>
    </message>
    <message>
        <source>The township information was not saved: %1</source>
        <translation>The township information was not saved: %1</translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation>About Township Ledger</translation>
    </message>
    <message>
        <source>&amp;Township</source>
        <translation>&amp;Township</translation>
    </message>
    <message>
        <source>Matters &amp;board…</source>
        <translation>Matters &amp;board…</translation>
    </message>
    <message>
        <source>Matters board</source>
        <translation>Matters board</translation>
    </message>
    <message>
        <source>&amp;Households…</source>
        <translation>&amp;Households…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Disclosure &amp;progress…</source>
        <translation>Disclosure &amp;progress…</translation>
    </message>
    <message>
        <source>Disclosure progress</source>
        <translation>Disclosure progress</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Quarterly report…</source>
        <translation>&amp;Quarterly report…</translation>
    </message>
    <message>
        <source>County roll-&amp;up…</source>
        <translation>County roll-&amp;up…</translation>
    </message>
    <message>
        <source>Notices due &amp;soon…</source>
        <translation>Notices due &amp;soon…</translation>
    </message>
    <message>
        <source>Notice &amp;templates…</source>
        <translation>Notice &amp;templates…</translation>
    </message>
    <message>
        <source>Deliberation &amp;rules…</source>
        <translation>Deliberation &amp;rules…</translation>
    </message>
    <message>
        <source>&amp;Grid rules…</source>
        <translation>&amp;Grid rules…</translation>
    </message>
    <message>
        <source>Disclosure sett&amp;ings…</source>
        <translation>Disclosure sett&amp;ings…</translation>
    </message>
    <message>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Import villages, members, households or matters from an Excel, WPS or CSV file</source>
        <translation>Import villages, members, households or matters from an Excel, WPS or CSV file</translation>
    </message>
    <message>
        <source>Import lo&amp;g…</source>
        <translation>Import lo&amp;g…</translation>
    </message>
    <message>
        <source>Backups and re&amp;store…</source>
        <translation>Backups and re&amp;store…</translation>
    </message>
    <message>
        <source>The backups kept beside the ledger; restore the ledger from one of them</source>
        <translation>The backups kept beside the ledger; restore the ledger from one of them</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Your name as recorded with every change, and how many daily backups are kept</source>
        <translation>Your name as recorded with every change, and how many daily backups are kept</translation>
    </message>
    <message>
        <source>&amp;Change history…</source>
        <translation>&amp;Change history…</translation>
    </message>
    <message>
        <source>Every change made to the ledger: when, by whom, the old and the new value</source>
        <translation>Every change made to the ledger: when, by whom, the old and the new value</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved as %1</source>
        <translation>Today&apos;s backup was saved as %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Today&apos;s backup could not be made: %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>This ledger is open read-only: you can look at everything, but not change it.</source>
        <translation>This ledger is open read-only: you can look at everything, but not change it.</translation>
    </message>
    <message>
        <source>no ledger is open</source>
        <translation>no ledger is open</translation>
    </message>
    <message>
        <source>the ledger is open read-only, so it cannot be replaced</source>
        <translation>the ledger is open read-only, so it cannot be replaced</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Restored from %1; the ledger as it was before is kept as %2</source>
        <translation>Restored from %1; the ledger as it was before is kept as %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Township Ledger %1&lt;/h3&gt;&lt;p&gt;Village governance ledgers for the township office: villages, the two committees and the supervision committee, reserve cadres, and the findings the county asks about.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the ledger file; use Backup to keep a dated copy.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Township Ledger %1&lt;/h3&gt;&lt;p&gt;Village governance ledgers for the township office: villages, the two committees and the supervision committee, reserve cadres, and the findings the county asks about.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the ledger file; use Backup to keep a dated copy.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The village facts being edited were kept; nothing else was opened.</source>
        <translation>The village facts being edited were kept; nothing else was opened.</translation>
    </message>
    <message>
        <source>Take over the ledger?</source>
        <translation>Take over the ledger?</translation>
    </message>
    <message>
        <source>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped.

If nobody else is editing it, you can take the lock over and edit the ledger here. Take it over?</source>
        <translation>%1 is marked as being edited (%2), but that cannot be checked from here: the mark may come from another computer or from a program that was stopped.

If nobody else is editing it, you can take the lock over and edit the ledger here. Take it over?</translation>
    </message>
    <message>
        <source>Restore a backup of another township?</source>
        <translation>Restore a backup of another township?</translation>
    </message>
    <message>
        <source>The backup %1 is of %2, but this ledger is of %3.

Replace the ledger of %3 by the backup of %2?</source>
        <translation>The backup %1 is of %2, but this ledger is of %3.

Replace the ledger of %3 by the backup of %2?</translation>
    </message>
    <message>
        <source>nothing was restored: the backup is of %1, this ledger of %2</source>
        <translation>nothing was restored: the backup is of %1, this ledger of %2</translation>
    </message>
    <message>
        <source>The audit trail of this ledger is broken: %1. The file was changed outside the program, or its record of changes was tampered with. Report it to the township&apos;s discipline inspection office before relying on the data.</source>
        <translation>The audit trail of this ledger is broken: %1. The file was changed outside the program, or its record of changes was tampered with. Report it to the township&apos;s discipline inspection office before relying on the data.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>The acknowledgement could not be recorded in the audit trail: %1</source>
        <translation>The acknowledgement could not be recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>What does this finding mean? (F1)</source>
        <translation>What does this finding mean? (F1)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Findings (checking the file…)</source>
        <translation>Findings (checking the file…)</translation>
    </message>
</context>
<context>
    <name>tl::ui::ManualWindow</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Search the manual…</source>
        <translation>Search the manual…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterBoardPage</name>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures: all matters of the township</source>
        <translation>Four deliberations, two disclosures: all matters of the township</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>R&amp;ules…</translation>
    </message>
    <message>
        <source>Quorum of the joint meeting, disclosure periods and deadlines, attachment size</source>
        <translation>Quorum of the joint meeting, disclosure periods and deadlines, attachment size</translation>
    </message>
    <message>
        <source>Search title, village, proposer</source>
        <translation>Search title, village, proposer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Needs &amp;action</source>
        <translation>Needs &amp;action</translation>
    </message>
    <message>
        <source>Only matters that are overdue or have problems</source>
        <translation>Only matters that are overdue or have problems</translation>
    </message>
    <message>
        <source>Overdue first, then matters with problems, then by due date</source>
        <translation>Overdue first, then matters with problems, then by due date</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matters · need action in the township: %3</source>
        <translation>Showing %1 of %2 matters · need action in the township: %3</translation>
    </message>
    <message>
        <source>Most ur&amp;gent first</source>
        <translation>Most ur&amp;gent first</translation>
    </message>
    <message>
        <source>Matters – %1</source>
        <translation>Matters – %1</translation>
    </message>
    <message>
        <source>Matters of the township</source>
        <translation>Matters of the township</translation>
    </message>
    <message>
        <source>needs action</source>
        <translation>needs action</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>searched</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (filters)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of filters</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterDialog</name>
    <message>
        <source>Edit matter – %1</source>
        <translation>Edit matter – %1</translation>
    </message>
    <message>
        <source>New matter – %1</source>
        <translation>New matter – %1</translation>
    </message>
    <message>
        <source>e.g. hardening of the village road</source>
        <translation>e.g. hardening of the village road</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>In yuan with up to two decimals, e.g. 860000.00; &quot;86万&quot; is read as 860,000.00</source>
        <translation>In yuan with up to two decimals, e.g. 860000.00; &quot;86万&quot; is read as 860,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>&amp;Amount (yuan):</translation>
    </message>
    <message>
        <source>who raised it, e.g. the village party branch or ten villagers jointly</source>
        <translation>who raised it, e.g. the village party branch or ten villagers jointly</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <source>When the work should be finished; the result must be disclosed within the set days after it</source>
        <translation>When the work should be finished; the result must be disclosed within the set days after it</translation>
    </message>
    <message>
        <source>What is to be decided, why, and how it will be paid for</source>
        <translation>What is to be decided, why, and how it will be paid for</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>The matter was &amp;withdrawn</source>
        <translation>The matter was &amp;withdrawn</translation>
    </message>
    <message>
        <source>why it was withdrawn</source>
        <translation>why it was withdrawn</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>O&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A withdrawn matter stops: no further steps are expected or recorded.</source>
        <translation>A withdrawn matter stops: no further steps are expected or recorded.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>= %1 yuan</source>
        <translation>= %1 yuan</translation>
    </message>
    <message>
        <source>P&amp;lanned completion:</source>
        <translation>P&amp;lanned completion:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Reason for the &amp;motion:</source>
        <translation>Reason for the &amp;motion:</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterEditor</name>
    <message>
        <source>Choose a matter in the list, or add one with New matter.</source>
        <translation>Choose a matter in the list, or add one with New matter.</translation>
    </message>
    <message>
        <source>Change title, category, amount, description, planned completion, or withdraw the matter</source>
        <translation>Change title, category, amount, description, planned completion, or withdraw the matter</translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation>Four deliberations, two disclosures</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation>proposed by %1</translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation>planned completion %1</translation>
    </message>
    <message>
        <source>withdrawn on %1: %2</source>
        <translation>withdrawn on %1: %2</translation>
    </message>
    <message>
        <source>&amp;Record step %1…</source>
        <translation>&amp;Record step %1…</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Step %1:</translation>
    </message>
    <message>
        <source>Edi&amp;t matter…</source>
        <translation>Edi&amp;t matter…</translation>
    </message>
    <message>
        <source>reason for the motion: %1</source>
        <translation>reason for the motion: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterModel</name>
    <message>
        <source>Overdue: %1 was due by %2</source>
        <translation>Overdue: %1 was due by %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Last step on</source>
        <translation>Last step on</translation>
    </message>
    <message>
        <source>Reason for the motion</source>
        <translation>Reason for the motion</translation>
    </message>
</context>
<context>
    <name>tl::ui::MattersTab</name>
    <message>
        <source>&amp;New matter…</source>
        <translation>&amp;New matter…</translation>
    </message>
    <message>
        <source>Add a matter that must pass the four deliberations and two disclosures (Ins)</source>
        <translation>Add a matter that must pass the four deliberations and two disclosures (Ins)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete a matter entered by mistake, with its steps and scans (Del). A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation>Delete a matter entered by mistake, with its steps and scans (Del). A matter that was dropped is withdrawn instead (Edit matter).</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Search titles</translation>
    </message>
    <message>
        <source>Matters: %1</source>
        <translation>Matters: %1</translation>
    </message>
    <message>
        <source>%1 · need action: %2</source>
        <translation>%1 · need action: %2</translation>
    </message>
    <message>
        <source>Delete matter</source>
        <translation>Delete matter</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n recorded step(s) and their scans?

This is for a matter entered by mistake; Edit &gt; Undo brings it back. A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation>
            <numerusform>Delete “%1” with its %n recorded step and its scans?

This is for a matter entered by mistake; Edit &gt; Undo brings it back. A matter that was dropped is withdrawn instead (Edit matter).</numerusform>
            <numerusform>Delete “%1” with its %n recorded steps and their scans?

This is for a matter entered by mistake; Edit &gt; Undo brings it back. A matter that was dropped is withdrawn instead (Edit matter).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” was not deleted: %2</translation>
    </message>
    <message>
        <source>Matters – %1</source>
        <translation>Matters – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::MemberRosterTab</name>
    <message>
        <source>Search name, ID number, post or phone (Ctrl+F)</source>
        <translation>Search name, ID number, post or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation>Show &amp;former members</translation>
    </message>
    <message>
        <source>Show full I&amp;D numbers</source>
        <translation>Show full I&amp;D numbers</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>Add a person with a post (Ins)</source>
        <translation>Add a person with a post (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected person and their posts (Enter or double-click)</source>
        <translation>Edit the selected person and their posts (Enter or double-click)</translation>
    </message>
    <message>
        <source>E&amp;nd post…</source>
        <translation>E&amp;nd post…</translation>
    </message>
    <message>
        <source>Record that the selected person leaves a post; the post stays in the history</source>
        <translation>Record that the selected person leaves a post; the post stays in the history</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete a record entered by mistake, with its post history (Del)</source>
        <translation>Delete a record entered by mistake, with its post history (Del)</translation>
    </message>
    <message>
        <source>%1 people hold a post today.</source>
        <translation>%1 people hold a post today.</translation>
    </message>
    <message>
        <source>End post – %1</source>
        <translation>End post – %1</translation>
    </message>
    <message>
        <source>%1 %2 (since %3)</source>
        <translation>%1 %2 (since %3)</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation>Removed from office</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>Ends &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Say why the post ends.</source>
        <translation>Say why the post ends.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Delete %1 with all their posts and post history?

When someone leaves office, use End post instead: the history is then kept. Delete is for records entered by mistake; Edit &gt; Undo brings them back.</source>
        <translation>Delete %1 with all their posts and post history?

When someone leaves office, use End post instead: the history is then kept. Delete is for records entered by mistake; Edit &gt; Undo brings them back.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 was not deleted: %2</translation>
    </message>
    <message>
        <source>Members and former members – %1</source>
        <translation>Members and former members – %1</translation>
    </message>
    <message>
        <source>Members – %1</source>
        <translation>Members – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::NavigationModel</name>
    <message>
        <source>%1: %2 findings</source>
        <translation>%1: %2 findings</translation>
    </message>
    <message>
        <source>%1: no findings</source>
        <translation>%1: no findings</translation>
    </message>
    <message>
        <source>The township overview: every village at a glance</source>
        <translation>The township overview: every village at a glance</translation>
    </message>
</context>
<context>
    <name>tl::ui::NoticeTemplatesDialog</name>
    <message>
        <source>name of the village</source>
        <translation>name of the village</translation>
    </message>
    <message>
        <source>name of the township</source>
        <translation>name of the township</translation>
    </message>
    <message>
        <source>issuing body, e.g. the villagers&apos; committee</source>
        <translation>issuing body, e.g. the villagers&apos; committee</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>first day of the disclosure</source>
        <translation>first day of the disclosure</translation>
    </message>
    <message>
        <source>last day of the disclosure</source>
        <translation>last day of the disclosure</translation>
    </message>
    <message>
        <source>telephone of the supervision committee</source>
        <translation>telephone of the supervision committee</translation>
    </message>
    <message>
        <source>title of the matter</source>
        <translation>title of the matter</translation>
    </message>
    <message>
        <source>category of the matter</source>
        <translation>category of the matter</translation>
    </message>
    <message>
        <source>amount in yuan</source>
        <translation>amount in yuan</translation>
    </message>
    <message>
        <source>the meetings with their counts (a list)</source>
        <translation>the meetings with their counts (a list)</translation>
    </message>
    <message>
        <source>adopted or not adopted</source>
        <translation>adopted or not adopted</translation>
    </message>
    <message>
        <source>date of the resolution</source>
        <translation>date of the resolution</translation>
    </message>
    <message>
        <source>description of the matter</source>
        <translation>description of the matter</translation>
    </message>
    <message>
        <source>summary of the result</source>
        <translation>summary of the result</translation>
    </message>
    <message>
        <source>title of the disclosure</source>
        <translation>title of the disclosure</translation>
    </message>
    <message>
        <source>month or quarter covered</source>
        <translation>month or quarter covered</translation>
    </message>
    <message>
        <source>content of the disclosure</source>
        <translation>content of the disclosure</translation>
    </message>
    <message>
        <source>table of income and expense items (own paragraph)</source>
        <translation>table of income and expense items (own paragraph)</translation>
    </message>
    <message>
        <source>total income in yuan</source>
        <translation>total income in yuan</translation>
    </message>
    <message>
        <source>total expenses in yuan</source>
        <translation>total expenses in yuan</translation>
    </message>
    <message>
        <source>party affairs or village affairs</source>
        <translation>party affairs or village affairs</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>Notice templates</translation>
    </message>
    <message>
        <source>The wording of the printed notices. Text in {{double braces}} is filled in from the records; blank lines separate paragraphs. ID and private phone numbers are masked.</source>
        <translation>The wording of the printed notices. Text in {{double braces}} is filled in from the records; blank lines separate paragraphs. ID and private phone numbers are masked.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Placeholders (double-click to insert):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <source>Put back the program&apos;s wording for this kind of notice</source>
        <translation>Put back the program&apos;s wording for this kind of notice</translation>
    </message>
    <message>
        <source>This template cannot be used: %1</source>
        <translation>This template cannot be used: %1</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (changed)</translation>
    </message>
    <message>
        <source>Not saved. The template of the %1 cannot be used: %2</source>
        <translation>Not saved. The template of the %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The templates were not saved: %1</source>
        <translation>The templates were not saved: %1</translation>
    </message>
    <message>
        <source>&quot;, amount … yuan&quot; after the category; nothing when the matter has no amount</source>
        <translation>&quot;, amount … yuan&quot; after the category; nothing when the matter has no amount</translation>
    </message>
</context>
<context>
    <name>tl::ui::PersonDialog</name>
    <message>
        <source>Edit %1 – %2</source>
        <translation>Edit %1 – %2</translation>
    </message>
    <message>
        <source>New reserve cadre – %1</source>
        <translation>New reserve cadre – %1</translation>
    </message>
    <message>
        <source>Add member – %1</source>
        <translation>Add member – %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>18 characters; fills gender and birth date</source>
        <translation>18 characters; fills gender and birth date</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>E&amp;thnic group:</source>
        <translation>E&amp;thnic group:</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>&amp;Political status:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Education:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Posts in the current terms</source>
        <translation>Posts in the current terms</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>term %1, %2 to %3</source>
        <translation>term %1, %2 to %3</translation>
    </message>
    <message>
        <source>no running term – open one on the overview tab</source>
        <translation>no running term – open one on the overview tab</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>Held by %1</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>Qualification review:</source>
        <translation>Qualification review:</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation>Removed from office</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>The current post ends on:</source>
        <translation>The current post ends on:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation>Reserve cadre</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation>&amp;Added on:</translation>
    </message>
    <message>
        <source>Reserve no&amp;te:</source>
        <translation>Reserve no&amp;te:</translation>
    </message>
    <message>
        <source>Post history</source>
        <translation>Post history</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>End reason</translation>
    </message>
    <message>
        <source>Qualification review</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation>No posts recorded.</translation>
    </message>
    <message>
        <source>Ends on: %1 is before the post began (%2)</source>
        <translation>Ends on: %1 is before the post began (%2)</translation>
    </message>
    <message>
        <source>Reason: say why the post ends (it stays in the history)</source>
        <translation>Reason: say why the post ends (it stays in the history)</translation>
    </message>
    <message>
        <source>Since: %1 is outside term %2 (%3 to %4)</source>
        <translation>Since: %1 is outside term %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Since: the new post cannot start before the current one (%1)</source>
        <translation>Since: the new post cannot start before the current one (%1)</translation>
    </message>
    <message>
        <source>%1 is held by %2; end that post first</source>
        <translation>%1 is held by %2; end that post first</translation>
    </message>
    <message>
        <source>ID number: %1 (kept as recorded; please correct it)</source>
        <translation>ID number: %1 (kept as recorded; please correct it)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Not saved: choose a post in at least one body. People without a post belong on the reserve cadres tab.</source>
        <translation>Not saved: choose a post in at least one body. People without a post belong on the reserve cadres tab.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <source>Clerk&apos;s &amp;name:</source>
        <translation>Clerk&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Recorded with every change in the change history of the ledgers you open on this computer.</source>
        <translation>Recorded with every change in the change history of the ledgers you open on this computer.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>&amp;Daily backups to keep:</translation>
    </message>
    <message>
        <source>A copy of the ledger is made at the first opening of each day, in a folder beside the ledger file; older daily copies are removed.</source>
        <translation>A copy of the ledger is made at the first opening of each day, in a folder beside the ledger file; older daily copies are removed.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Every change to a ledger is recorded in its change history with the name of the clerk who made it. Please enter your name. You can change it later under File › Preferences.</source>
        <translation>Every change to a ledger is recorded in its change history with the name of the clerk who made it. Please enter your name. You can change it later under File › Preferences.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>tl::ui::QuarterPicker</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Q1 (Jan–Mar)</source>
        <translation>Q1 (Jan–Mar)</translation>
    </message>
    <message>
        <source>Q2 (Apr–Jun)</source>
        <translation>Q2 (Apr–Jun)</translation>
    </message>
    <message>
        <source>Q3 (Jul–Sep)</source>
        <translation>Q3 (Jul–Sep)</translation>
    </message>
    <message>
        <source>Q4 (Oct–Dec)</source>
        <translation>Q4 (Oct–Dec)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <comment>year, quarter number</comment>
        <translation>%1 Q%2</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Taken off the list</source>
        <translation>Taken off the list</translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveTab</name>
    <message>
        <source>Add &amp;person of the village…</source>
        <translation>Add &amp;person of the village…</translation>
    </message>
    <message>
        <source>Add someone already recorded in this village to the reserve pool</source>
        <translation>Add someone already recorded in this village to the reserve pool</translation>
    </message>
    <message>
        <source>Add &amp;new person…</source>
        <translation>Add &amp;new person…</translation>
    </message>
    <message>
        <source>Record a new person and add them to the reserve pool</source>
        <translation>Record a new person and add them to the reserve pool</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>%1 reserve cadres (target: at least %2 per village).</source>
        <translation>%1 reserve cadres (target: at least %2 per village).</translation>
    </message>
    <message>
        <source>Edit reserve cadre</source>
        <translation>Edit reserve cadre</translation>
    </message>
    <message>
        <source>Add to the reserve pool</source>
        <translation>Add to the reserve pool</translation>
    </message>
    <message>
        <source>%1 (%2, %3 years)</source>
        <translation>%1 (%2, %3 years)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation>&amp;Added on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Everybody recorded in this village is already in the pool; use &quot;Add new person&quot;.</source>
        <translation>Everybody recorded in this village is already in the pool; use &quot;Add new person&quot;.</translation>
    </message>
    <message>
        <source>Reserve cadres – %1</source>
        <translation>Reserve cadres – %1</translation>
    </message>
    <message>
        <source>Take &amp;off the list…</source>
        <translation>Take &amp;off the list…</translation>
    </message>
    <message>
        <source>The selected cadre leaves the reserve pool on a date, for a reason; the record stays</source>
        <translation>The selected cadre leaves the reserve pool on a date, for a reason; the record stays</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <source>Delete the selected record, entered by mistake (Edit &gt; Undo brings it back)</source>
        <translation>Delete the selected record, entered by mistake (Edit &gt; Undo brings it back)</translation>
    </message>
    <message>
        <source>Show &amp;former cadres</source>
        <translation>Show &amp;former cadres</translation>
    </message>
    <message>
        <source>Also list the cadres taken off the list, with when and why</source>
        <translation>Also list the cadres taken off the list, with when and why</translation>
    </message>
    <message numerus="yes">
        <source>%n former cadre(s) taken off the list.</source>
        <translation>
            <numerusform>%n former cadre taken off the list.</numerusform>
            <numerusform>%n former cadres taken off the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take %1 off the reserve list</source>
        <translation>Take %1 off the reserve list</translation>
    </message>
    <message>
        <source>Elected or appointed to a village post</source>
        <translation>Elected or appointed to a village post</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>No longer suitable</source>
        <translation>No longer suitable</translation>
    </message>
    <message>
        <source>Asked to leave the pool</source>
        <translation>Asked to leave the pool</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Take off the list</translation>
    </message>
    <message>
        <source>%1 leaves the reserve pool. The record stays, with the date and the reason; the list of any earlier date still shows the cadre.</source>
        <translation>%1 leaves the reserve pool. The record stays, with the date and the reason; the list of any earlier date still shows the cadre.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 was not deleted: %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::RollupDialog</name>
    <message>
        <source>&amp;Add ledgers…</source>
        <translation>&amp;Add ledgers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Create roll-up</source>
        <translation>&amp;Create roll-up</translation>
    </message>
    <message>
        <source>County roll-up of township reports</source>
        <translation>County roll-up of township reports</translation>
    </message>
    <message>
        <source>Choose the ledger files of the townships (one file each). They are only read, never changed. The roll-up lists one row per township, then every village.</source>
        <translation>Choose the ledger files of the townships (one file each). They are only read, never changed. The roll-up lists one row per township, then every village.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>Choose township ledgers</source>
        <translation>Choose township ledgers</translation>
    </message>
    <message>
        <source>Township ledgers (*.%1);;All files (*)</source>
        <translation>Township ledgers (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>Save the county roll-up</source>
        <translation>Save the county roll-up</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1-County roll-up</source>
        <comment>file name: quarter code</comment>
        <translation>%1-County roll-up</translation>
    </message>
    <message numerus="yes">
        <source>%n township ledger(s) chosen</source>
        <translation>
            <numerusform>%n township ledger chosen</numerusform>
            <numerusform>%n township ledgers chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ledger chosen yet</source>
        <translation>No ledger chosen yet</translation>
    </message>
    <message>
        <source>Choose at least one township ledger.</source>
        <translation>Choose at least one township ledger.</translation>
    </message>
    <message>
        <source>Choose where to save the roll-up.</source>
        <translation>Choose where to save the roll-up.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The roll-up cannot replace one of the ledgers it reads.</source>
        <translation>The roll-up cannot replace one of the ledgers it reads.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n township ledger(s)…</source>
        <translation>
            <numerusform>Reading %n township ledger…</numerusform>
            <numerusform>Reading %n township ledgers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Reading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The roll-up was cancelled; no file was written.</source>
        <translation>The roll-up was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The roll-up could not be written: %1</source>
        <translation>The roll-up could not be written: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::RosterModel</name>
    <message>
        <source>Holds no post now; shown because &quot;Show former members&quot; is on</source>
        <translation>Holds no post now; shown because &quot;Show former members&quot; is on</translation>
    </message>
    <message>
        <source>Press F2 or start typing to change the phone number</source>
        <translation>Press F2 or start typing to change the phone number</translation>
    </message>
    <message>
        <source>Masked; tick &quot;Show full ID numbers&quot; to see it</source>
        <translation>Masked; tick &quot;Show full ID numbers&quot; to see it</translation>
    </message>
    <message>
        <source>(former member)</source>
        <translation>(former member)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>%1: phone not changed. %2</source>
        <translation>%1: phone not changed. %2</translation>
    </message>
</context>
<context>
    <name>tl::ui::StepDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Rule: at least half of the party committee members must be present.</source>
        <translation>Rule: at least half of the party committee members must be present.</translation>
    </message>
    <message>
        <source>Rule: no quorum is set for the joint meeting (see the deliberation rules).</source>
        <translation>Rule: no quorum is set for the joint meeting (see the deliberation rules).</translation>
    </message>
    <message>
        <source>Rule: at least half of the members of both committees must be present.</source>
        <translation>Rule: at least half of the members of both committees must be present.</translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the members of both committees must be present.</source>
        <translation>Rule: at least two thirds of the members of both committees must be present.</translation>
    </message>
    <message>
        <source>Rule: at least half of the voting party members present; passed only with votes for MORE than half of the voting members expected, not of those present. Probationary members do not vote.</source>
        <translation>Rule: at least half of the voting party members present; passed only with votes for MORE than half of the voting members expected, not of those present. Probationary members do not vote.</translation>
    </message>
    <message>
        <source>Rule: more than half of the villagers aged 18 or over, or at least two thirds of the households, must attend; passed with votes for more than half of those present.</source>
        <translation>Rule: more than half of the villagers aged 18 or over, or at least two thirds of the households, must attend; passed with votes for more than half of those present.</translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the representatives must be present; passed with votes for more than half of those present.</source>
        <translation>Rule: at least two thirds of the representatives must be present; passed with votes for more than half of those present.</translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 working days, reviewed and signed by a supervision committee member.</source>
        <translation>Rule: disclosed within %1 days of the decision, for at least %2 working days, reviewed and signed by a supervision committee member.</translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 days, reviewed and signed by a supervision committee member.</source>
        <translation>Rule: disclosed within %1 days of the decision, for at least %2 days, reviewed and signed by a supervision committee member.</translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 working days, signed by a supervision committee member.</source>
        <translation>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 working days, signed by a supervision committee member.</translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 days, signed by a supervision committee member.</source>
        <translation>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 days, signed by a supervision committee member.</translation>
    </message>
    <message>
        <source>Committee members &amp;expected:</source>
        <translation>Committee members &amp;expected:</translation>
    </message>
    <message>
        <source>Members of both committees &amp;expected:</source>
        <translation>Members of both committees &amp;expected:</translation>
    </message>
    <message>
        <source>Voting members &amp;expected:</source>
        <translation>Voting members &amp;expected:</translation>
    </message>
    <message>
        <source>Adults (18+) &amp;expected:</source>
        <translation>Adults (18+) &amp;expected:</translation>
    </message>
    <message>
        <source>Representatives &amp;expected:</source>
        <translation>Representatives &amp;expected:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Expected:</translation>
    </message>
    <message>
        <source>Step %1 – %2</source>
        <translation>Step %1 – %2</translation>
    </message>
    <message>
        <source>Record step %1 – %2</source>
        <translation>Record step %1 – %2</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <source>The matter was withdrawn on %1 (%2); its steps can be read but no longer changed.</source>
        <translation>The matter was withdrawn on %1 (%2); its steps can be read but no longer changed.</translation>
    </message>
    <message>
        <source>&amp;Minutes summary</source>
        <translation>&amp;Minutes summary</translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation>&amp;What was disclosed</translation>
    </message>
    <message>
        <source>What was discussed and decided</source>
        <translation>What was discussed and decided</translation>
    </message>
    <message>
        <source>The text or the main points of the notice</source>
        <translation>The text or the main points of the notice</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Remove this record, entered by mistake (Edit &gt; Undo brings it back)</source>
        <translation>Remove this record, entered by mistake (Edit &gt; Undo brings it back)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The matter was rejected at step %1; only the disclosure of the rejection follows.</source>
        <translation>The matter was rejected at step %1; only the disclosure of the rejection follows.</translation>
    </message>
    <message>
        <source>Step %1 (%2) comes first. This step can be recorded before it only on purpose, with a reason; it then stays a finding.</source>
        <translation>Step %1 (%2) comes first. This step can be recorded before it only on purpose, with a reason; it then stays a finding.</translation>
    </message>
    <message>
        <source>This step is out of order. It can be recorded only on purpose, with a reason; it then stays a finding.</source>
        <translation>This step is out of order. It can be recorded only on purpose, with a reason; it then stays a finding.</translation>
    </message>
    <message>
        <source>Reason, e.g. minutes of the earlier meeting still to be found</source>
        <translation>Reason, e.g. minutes of the earlier meeting still to be found</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>e.g. village party and mass service centre</source>
        <translation>e.g. village party and mass service centre</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>Attendance and vote</source>
        <translation>Attendance and vote</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>&amp;Households:</translation>
    </message>
    <message>
        <source>Votes &amp;for:</source>
        <translation>Votes &amp;for:</translation>
    </message>
    <message>
        <source>Votes &amp;against:</source>
        <translation>Votes &amp;against:</translation>
    </message>
    <message>
        <source>A&amp;bstentions:</source>
        <translation>A&amp;bstentions:</translation>
    </message>
    <message>
        <source>This step takes no vote.</source>
        <translation>This step takes no vote.</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>supervision committee member</source>
        <translation>supervision committee member</translation>
    </message>
    <message>
        <source>C&amp;hannels (tick every one used):</source>
        <translation>C&amp;hannels (tick every one used):</translation>
    </message>
    <message>
        <source>Another channel, e.g. loudspeaker</source>
        <translation>Another channel, e.g. loudspeaker</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Scans of minutes and sign-in sheets</source>
        <translation>Scans of minutes and sign-in sheets</translation>
    </message>
    <message>
        <source>Images or PDF files, kept inside the ledger. Drop files here to add them.</source>
        <translation>Images or PDF files, kept inside the ledger. Drop files here to add them.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Up to %1 MB each; stored when you save.</source>
        <translation>Up to %1 MB each; stored when you save.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum met</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorum not met&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quorum not met&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quorum: fill in expected and present to check it</source>
        <translation>Quorum: fill in expected and present to check it</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not passed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Not passed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vote: not recorded yet</source>
        <translation>Vote: not recorded yet</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Up for %1 working days; at least %2 required</source>
        <translation>Up for %1 working days; at least %2 required</translation>
    </message>
    <message>
        <source>Up for %1 days; at least %2 required</source>
        <translation>Up for %1 days; at least %2 required</translation>
    </message>
    <message>
        <source>Not signed by the supervision committee</source>
        <translation>Not signed by the supervision committee</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>No problems with this record.</source>
        <translation>No problems with this record.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation>%1 (%2, new)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: %2 is larger than the limit of %3 MB</source>
        <translation>%1: %2 is larger than the limit of %3 MB</translation>
    </message>
    <message>
        <source>%1: only scans (images) and PDF files can be attached</source>
        <translation>%1: only scans (images) and PDF files can be attached</translation>
    </message>
    <message>
        <source>Add scans</source>
        <translation>Add scans</translation>
    </message>
    <message>
        <source>Scans and PDF files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Scans and PDF files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file</source>
        <translation>%1 could not be written to a temporary file</translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation>No program is set up to open %1</translation>
    </message>
    <message>
        <source>The step was saved, but not every scan:
%1</source>
        <translation>The step was saved, but not every scan:
%1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Delete step %1</translation>
    </message>
    <message>
        <source>Delete the record of step %1 (%2) with its scans?

This is for a record entered by mistake; Edit &gt; Undo brings it back.</source>
        <translation>Delete the record of step %1 (%2) with its scans?

This is for a record entered by mistake; Edit &gt; Undo brings it back.</translation>
    </message>
    <message>
        <source>The step was not deleted: %1</source>
        <translation>The step was not deleted: %1</translation>
    </message>
    <message>
        <source>Delete step…</source>
        <translation>Delete step…</translation>
    </message>
    <message>
        <source>Record o&amp;ut of order</source>
        <translation>Record o&amp;ut of order</translation>
    </message>
    <message>
        <source>Meet&amp;ing form:</source>
        <translation>Meet&amp;ing form:</translation>
    </message>
    <message>
        <source>Rec&amp;order:</source>
        <translation>Rec&amp;order:</translation>
    </message>
    <message>
        <source>Prese&amp;nt:</source>
        <translation>Prese&amp;nt:</translation>
    </message>
    <message>
        <source>Househo&amp;lds represented:</source>
        <translation>Househo&amp;lds represented:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Si&amp;gned by:</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>A&amp;ttach…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Hold step %1 again – %2</source>
        <translation>Hold step %1 again – %2</translation>
    </message>
    <message>
        <source>e.g. the township cadre in charge of the village</source>
        <translation>e.g. the township cadre in charge of the village</translation>
    </message>
    <message>
        <source>To&amp;wnship cadre attending:</source>
        <translation>To&amp;wnship cadre attending:</translation>
    </message>
    <message>
        <source>the supervision committee&apos;s opinion, e.g. procedure followed, agreed to disclose</source>
        <translation>the supervision committee&apos;s opinion, e.g. procedure followed, agreed to disclose</translation>
    </message>
    <message>
        <source>Supervision committee&apos;s &amp;opinion:</source>
        <translation>Supervision committee&apos;s &amp;opinion:</translation>
    </message>
</context>
<context>
    <name>tl::ui::StepTimeline</name>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 of %2 households</translation>
    </message>
    <message>
        <source>for %1, against %2, abstain %3</source>
        <translation>for %1, against %2, abstain %3</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 to %2 (%3 working days)</source>
        <translation>%1 to %2 (%3 working days)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 to %2 (%3 days)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation>scans: %1</translation>
    </message>
    <message>
        <source>recorded out of order</source>
        <translation>recorded out of order</translation>
    </message>
    <message>
        <source>Next: disclose the rejection</source>
        <translation>Next: disclose the rejection</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <source>not needed: the matter was withdrawn on %1</source>
        <translation>not needed: the matter was withdrawn on %1</translation>
    </message>
    <message>
        <source>not needed: the matter was rejected at step %1</source>
        <translation>not needed: the matter was rejected at step %1</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Done, with problems</source>
        <translation>Done, with problems</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open the record of this step, its minutes and attachments</source>
        <translation>Open the record of this step, its minutes and attachments</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>Record this step: date, attendance, vote, minutes and scans</source>
        <translation>Record this step: date, attendance, vote, minutes and scans</translation>
    </message>
    <message>
        <source>Click to record this step out of order; that needs a reason and stays a finding</source>
        <translation>Click to record this step out of order; that needs a reason and stays a finding</translation>
    </message>
    <message>
        <source>No quorum: hold it again</source>
        <translation>No quorum: hold it again</translation>
    </message>
    <message>
        <source>Hold again…</source>
        <translation>Hold again…</translation>
    </message>
    <message>
        <source>Record the meeting held again: its date, attendance and vote</source>
        <translation>Record the meeting held again: its date, attendance and vote</translation>
    </message>
    <message>
        <source>Earlier meeting: %1</source>
        <translation>Earlier meeting: %1</translation>
    </message>
    <message>
        <source>township cadre attending: %1</source>
        <translation>township cadre attending: %1</translation>
    </message>
    <message>
        <source>supervision opinion: %1</source>
        <translation>supervision opinion: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TargetsDialog</name>
    <message>
        <source>Targets and rules</source>
        <translation>Targets and rules</translation>
    </message>
    <message>
        <source>Targets the township is measured against</source>
        <translation>Targets the township is measured against</translation>
    </message>
    <message>
        <source>Every village&apos;s collective income above (10k yuan):</source>
        <translation>Every village&apos;s collective income above (10k yuan):</translation>
    </message>
    <message>
        <source>High collective income above (10k yuan):</source>
        <translation>High collective income above (10k yuan):</translation>
    </message>
    <message>
        <source>Share of villages with a high income at least:</source>
        <translation>Share of villages with a high income at least:</translation>
    </message>
    <message>
        <source>Share of five-star party organisations at least:</source>
        <translation>Share of five-star party organisations at least:</translation>
    </message>
    <message>
        <source>Reserve cadres per village at least:</source>
        <translation>Reserve cadres per village at least:</translation>
    </message>
    <message>
        <source>Share of cadres with junior college or higher at least:</source>
        <translation>Share of cadres with junior college or higher at least:</translation>
    </message>
    <message>
        <source>Rules for the committees</source>
        <translation>Rules for the committees</translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at least:</source>
        <translation>Villagers&apos; committee members, at least:</translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at most:</source>
        <translation>Villagers&apos; committee members, at most:</translation>
    </message>
    <message>
        <source>Party committee members, at most:</source>
        <translation>Party committee members, at most:</translation>
    </message>
    <message>
        <source>Length of a term (years):</source>
        <translation>Length of a term (years):</translation>
    </message>
    <message>
        <source>Warn before a term ends (months):</source>
        <translation>Warn before a term ends (months):</translation>
    </message>
    <message>
        <source>The defaults follow national policy; change them when your county sets other targets. Changes apply to the findings at once and can be undone.</source>
        <translation>The defaults follow national policy; change them when your county sets other targets. Changes apply to the findings at once and can be undone.</translation>
    </message>
    <message>
        <source>The targets were not saved: %1</source>
        <translation>The targets were not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipDialog</name>
    <message>
        <source>New ledger</source>
        <translation>New ledger</translation>
    </message>
    <message>
        <source>Township information</source>
        <translation>Township information</translation>
    </message>
    <message>
        <source>e.g. Qingshan Town</source>
        <translation>e.g. Qingshan Town</translation>
    </message>
    <message>
        <source>the county or district above the township</source>
        <translation>the county or district above the township</translation>
    </message>
    <message>
        <source>who keeps this ledger</source>
        <translation>who keeps this ledger</translation>
    </message>
    <message>
        <source>office phone, e.g. 0539-1234567</source>
        <translation>office phone, e.g. 0539-1234567</translation>
    </message>
    <message>
        <source>&amp;Township name:</source>
        <translation>&amp;Township name:</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;County:</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>C&amp;lerk:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>A ledger keeps the records of one township. Enter the township; you choose where to save the file next.</source>
        <translation>A ledger keeps the records of one township. Enter the township; you choose where to save the file next.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipOverviewPage</name>
    <message>
        <source>Add village…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <source>This ledger has no villages yet. Add the township&apos;s villages to start.</source>
        <translation>This ledger has no villages yet. Add the township&apos;s villages to start.</translation>
    </message>
    <message>
        <source>Double-click a village (or press Enter) to open it</source>
        <translation>Double-click a village (or press Enter) to open it</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 villages · %2 members of the two committees (%3 women, average age %4) · secretary also director in %5 villages · college or above %6% · %7 reserve cadres · %8 five-star party organisations · collective income %9 (10k yuan)</source>
        <translation>%1 villages · %2 members of the two committees (%3 women, average age %4) · secretary also director in %5 villages · college or above %6% · %7 reserve cadres · %8 five-star party organisations · collective income %9 (10k yuan)</translation>
    </message>
    <message>
        <source>Villages – %1</source>
        <translation>Villages – %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageDialog</name>
    <message>
        <source>Add village</source>
        <translation>Add village</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageForm</name>
    <message>
        <source>18 characters, begins with 5</source>
        <translation>18 characters, begins with 5</translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan (万元), e.g. 12.50</source>
        <translation>Collective economy income per year, in 10,000 yuan (万元), e.g. 12.50</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation>Weak and lax, under rectification</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>Model village</translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation>Democracy and rule-of-law model village</translation>
    </message>
    <message>
        <source>mobile or 0539-1234567</source>
        <translation>mobile or 0539-1234567</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation>Village &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <source>Villager &amp;groups:</source>
        <translation>Villager &amp;groups:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>&amp;Households:</translation>
    </message>
    <message>
        <source>&amp;Registered population:</source>
        <translation>&amp;Registered population:</translation>
    </message>
    <message>
        <source>Resi&amp;dent population:</source>
        <translation>Resi&amp;dent population:</translation>
    </message>
    <message>
        <source>&amp;Party members (full, with a vote):</source>
        <translation>&amp;Party members (full, with a vote):</translation>
    </message>
    <message>
        <source>Villager re&amp;presentatives:</source>
        <translation>Villager re&amp;presentatives:</translation>
    </message>
    <message>
        <source>Collective &amp;income per year:</source>
        <translation>Collective &amp;income per year:</translation>
    </message>
    <message>
        <source>Party organisation s&amp;tar rating:</source>
        <translation>Party organisation s&amp;tar rating:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>&amp;Supervision committee phone:</source>
        <translation>&amp;Supervision committee phone:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Collective income: %1</source>
        <translation>Collective income: %1</translation>
    </message>
    <message>
        <source>enter an amount in 10,000 yuan, such as 12.50</source>
        <translation>enter an amount in 10,000 yuan, such as 12.50</translation>
    </message>
    <message>
        <source>at most 4 decimals (0.0001 = 1 yuan)</source>
        <translation>at most 4 decimals (0.0001 = 1 yuan)</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Party
cttee</source>
        <translation>Party
cttee</translation>
    </message>
    <message>
        <source>Villagers&apos;
cttee</source>
        <translation>Villagers&apos;
cttee</translation>
    </message>
    <message>
        <source>Super-
vision</source>
        <translation>Super-
vision</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Secretary
= director</source>
        <translation>Secretary
= director</translation>
    </message>
    <message>
        <source>Cross
posts</source>
        <translation>Cross
posts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Average
age</source>
        <translation>Average
age</translation>
    </message>
    <message>
        <source>College+
%</source>
        <translation>College+
%</translation>
    </message>
    <message>
        <source>Party
members</source>
        <translation>Party
members</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <source>Income
(10k yuan)</source>
        <translation>Income
(10k yuan)</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Members of the village party committee</source>
        <translation>Members of the village party committee</translation>
    </message>
    <message>
        <source>Members of the villagers&apos; committee (3 to 7 by law)</source>
        <translation>Members of the villagers&apos; committee (3 to 7 by law)</translation>
    </message>
    <message>
        <source>Members of the village affairs supervision committee</source>
        <translation>Members of the village affairs supervision committee</translation>
    </message>
    <message>
        <source>Women on the villagers&apos; committee (at least one by law)</source>
        <translation>Women on the villagers&apos; committee (at least one by law)</translation>
    </message>
    <message>
        <source>The party secretary is also the director of the villagers&apos; committee</source>
        <translation>The party secretary is also the director of the villagers&apos; committee</translation>
    </message>
    <message>
        <source>People who sit on both the party committee and the villagers&apos; committee</source>
        <translation>People who sit on both the party committee and the villagers&apos; committee</translation>
    </message>
    <message>
        <source>Distinct people on the two committees</source>
        <translation>Distinct people on the two committees</translation>
    </message>
    <message>
        <source>Average age of the members of the two committees</source>
        <translation>Average age of the members of the two committees</translation>
    </message>
    <message>
        <source>Share of members with junior college education or higher</source>
        <translation>Share of members with junior college education or higher</translation>
    </message>
    <message>
        <source>Party members (full or probationary) on the two committees</source>
        <translation>Party members (full or probationary) on the two committees</translation>
    </message>
    <message>
        <source>Reserve cadres in the village&apos;s talent pool</source>
        <translation>Reserve cadres in the village&apos;s talent pool</translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan</source>
        <translation>Collective economy income per year, in 10,000 yuan</translation>
    </message>
    <message>
        <source>Star rating of the village party organisation</source>
        <translation>Star rating of the village party organisation</translation>
    </message>
    <message>
        <source>Rules and targets the village&apos;s records break</source>
        <translation>Rules and targets the village&apos;s records break</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewTab</name>
    <message>
        <source>Village facts</source>
        <translation>Village facts</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Show the stored values again</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the village facts (Enter)</source>
        <translation>Save the village facts (Enter)</translation>
    </message>
    <message>
        <source>Committees today</source>
        <translation>Committees today</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>&amp;Change of term…</source>
        <translation>&amp;Change of term…</translation>
    </message>
    <message>
        <source>Record an election of all three bodies (换届)</source>
        <translation>Record an election of all three bodies (换届)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation>Not saved: correct the marked fields first.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Party committee:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Villagers&apos; committee:</source>
        <translation>Villagers&apos; committee:</translation>
    </message>
    <message>
        <source>%1 people (women: %2)</source>
        <translation>%1 people (women: %2)</translation>
    </message>
    <message>
        <source>Supervision committee:</source>
        <translation>Supervision committee:</translation>
    </message>
    <message>
        <source>Secretary also director:</source>
        <translation>Secretary also director:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>On both committees:</source>
        <translation>On both committees:</translation>
    </message>
    <message>
        <source>Two committees together:</source>
        <translation>Two committees together:</translation>
    </message>
    <message>
        <source>%1 people (women: %2, party members: %3)</source>
        <translation>%1 people (women: %2, party members: %3)</translation>
    </message>
    <message>
        <source>Age bands:</source>
        <translation>Age bands:</translation>
    </message>
    <message>
        <source>≤35: %1 · 36–45: %2 · 46–55: %3 · 56–60: %4 · &gt;60: %5</source>
        <translation>≤35: %1 · 36–45: %2 · 46–55: %3 · 56–60: %4 · &gt;60: %5</translation>
    </message>
    <message>
        <source>Average age:</source>
        <translation>Average age:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Junior college or higher:</source>
        <translation>Junior college or higher:</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Reserve cadres:</source>
        <translation>Reserve cadres:</translation>
    </message>
    <message>
        <source>%1 (target at least %2)</source>
        <translation>%1 (target at least %2)</translation>
    </message>
    <message>
        <source>Term %1: %2 to %3</source>
        <translation>Term %1: %2 to %3</translation>
    </message>
    <message>
        <source>no term recorded</source>
        <translation>no term recorded</translation>
    </message>
    <message>
        <source>Open first term…</source>
        <translation>Open first term…</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>closed on %1</translation>
    </message>
    <message>
        <source>running, overdue for a change of term</source>
        <translation>running, overdue for a change of term</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Term %1, %2 to %3, %4</source>
        <translation>Term %1, %2 to %3, %4</translation>
    </message>
    <message>
        <source>Change of term</source>
        <translation>Change of term</translation>
    </message>
    <message>
        <source>The change of term was not recorded: %1</source>
        <translation>The change of term was not recorded: %1</translation>
    </message>
    <message>
        <source>Open first term</source>
        <translation>Open first term</translation>
    </message>
    <message>
        <source>The term was not opened: %1</source>
        <translation>The term was not opened: %1</translation>
    </message>
    <message>
        <source>Unsaved village facts</source>
        <translation>Unsaved village facts</translation>
    </message>
    <message>
        <source>The facts of %1 were changed but not saved. Save them before leaving?</source>
        <translation>The facts of %1 were changed but not saved. Save them before leaving?</translation>
    </message>
    <message>
        <source>this village</source>
        <translation>this village</translation>
    </message>
</context>
<context>
    <name>tl::ui::VillagePage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Committee &amp;members</source>
        <translation>Committee &amp;members</translation>
    </message>
    <message>
        <source>&amp;Reserve cadres</source>
        <translation>&amp;Reserve cadres</translation>
    </message>
    <message>
        <source>(village not found)</source>
        <translation>(village not found)</translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation>Weak and lax, under rectification</translation>
    </message>
    <message>
        <source>Model village</source>
        <translation>Model village</translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation>Democracy and rule-of-law model village</translation>
    </message>
    <message>
        <source>Star rating: not rated</source>
        <translation>Star rating: not rated</translation>
    </message>
    <message>
        <source>Credit code missing</source>
        <translation>Credit code missing</translation>
    </message>
    <message>
        <source>Major ma&amp;tters</source>
        <translation>Major ma&amp;tters</translation>
    </message>
    <message>
        <source>&amp;Grids and households</source>
        <translation>&amp;Grids and households</translation>
    </message>
    <message>
        <source>&amp;Disclosures</source>
        <translation>&amp;Disclosures</translation>
    </message>
</context>
</TS>
