<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
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

Options for every command:
  --lang zh_CN|en   language of messages (default zh_CN)
  --help            this text
  --version         the program version

Exit codes: 0 done (check: no findings), 1 check found findings, 2 error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --township NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --villages must be a number from 1 to 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --date must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --households-per-village must be a number from 0 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo ledger %1 with %2 villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: --date must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter must be written like 2026Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.xlsx is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollup: name at least one ledger FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: give either --matter ID or --disclosure ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --date must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: the ID must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --kind must be resolution or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: exactly one FILE is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: --due-within must be a number of days from 0 to 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: --out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: --date must be written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice is due within %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 notices to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeRepository</name>
    <message>
        <source>Term start: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term end: must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: term %1 of the %2 is still running; close it with a change of term first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the change of term is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 term %2 started on %3; a change of term must come after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term: the post must belong to a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post start: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post start: %1 is outside term %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post end: before its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: this person already holds a post in this %1 at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: %1 is held by %2 since %3; record the end of that post first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the post no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliberation</name>
    <message>
        <source>%1 present but only %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes cast (for, against, abstain) but only %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party committee meeting: %1 of %2 members present, fewer than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint meeting: %1 of %2 members present, fewer than two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 of %2 voting members present, fewer than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party members&apos; meeting: %1 votes for is not more than half of the %2 voting members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution does not say whether a villagers&apos; meeting or a representatives meeting decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>representatives meeting: %1 of %2 representatives present, fewer than two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>villagers&apos; meeting: neither more than half of the adults (%1 of %2) nor two thirds of the households (%3 of %4) attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution: %1 votes for is not more than half of the %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected and present counts are not recorded, so the quorum cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vote is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is recorded although the matter was rejected at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 was recorded before step %2 by override: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is recorded but step %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 is dated %2, before step %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: the end of the disclosure period is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 working days, at least %3 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: disclosed for %2 days, at least %3 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: no supervision committee member signed the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 was disclosed on %3, later than %4 days after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2 has not been disclosed (due by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation was planned to finish on %1; the result is not disclosed (due by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the number of villages must be between 1 and 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureRepository</name>
    <message>
        <source>Village: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: choose the month or quarter covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: before the posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance item %1: name the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance item %1: the amount cannot be negative (put it on the other side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance items belong to a finance disclosure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureText</name>
    <message>
        <source>Party affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy party secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy committee director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical secondary / high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPC probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CYL member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democratic party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful entrepreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College graduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEngine</name>
    <message>
        <source>Villagers&apos; committee size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No woman on the villagers&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single post held by two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision member also on the villagers&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few reserve cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post holder without ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post holder failed the qualification review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective income below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few villages above the high income target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few five-star party organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few cadres with college education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step recorded after a rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting without quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote did not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting counts incomplete or inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution disclosed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure period too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure not signed by the supervision committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result not disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid far above the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker with too many households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid without a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same household ID twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserve cadres; at least %2 are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running term of the party organisation is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running term of the villagers&apos; committee is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the villagers&apos; committee has %1 members; the law asks for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the %1 members of the villagers&apos; committee is a woman (Organic Law §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party committee has %1 members; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held by both %2 (since %3) and %4 (since %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits on the supervision committee and on the villagers&apos; committee (Organic Law §32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term %1 of the %2 ended on %3 and no change of term is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term %1 of the %2 ends on %3: prepare the change of term and the qualification review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a post but has no ID number recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a post although the county qualification review failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households are in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1 has %2 households; the size is %3 (+%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1 has no grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid worker %1 looks after %2 households; at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number of household head %1 appears %2 times in the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disclosure for %2 was due on %3 and is not posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective income %1 (10k yuan) is not above the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 villages have a collective income above %3 (10k yuan); the target is %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 party organisations are rated five stars; the target is %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 village cadres have junior college education or higher; the target is %3%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridEdits</name>
    <message numerus="yes">
        <source>Assign %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n household(s) out of their grid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete grid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridProposal</name>
    <message>
        <source>(no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village has no households yet: add or import them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more grid workers are needed; add people to the village and assign them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village already has %1 grids; names that exist are reused, their households are moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed grids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridRepository</name>
    <message>
        <source>Grid name: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid name: %1 already exists in this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent grid: not a grid of this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent grid: grids have at most one level below them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leader: not a person of this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers: someone is not a person of this village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Head of household: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: at most 30 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1 is out of range (0 to 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: not a grid of this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker: not a worker of the household&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the households belong to another village than the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid worker does not work in that grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid worker needs a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdText</name>
    <message>
        <source>Minimum living allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five guarantees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted out of poverty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veteran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>the disk is full; nothing was saved (free some space and try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is busy in another program; nothing was saved (try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change breaks a rule of the ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, it is not a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Township Ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database of another program, not a Township Ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Township Ledger (format %1, this program reads up to %2); please update the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger was never completely created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is in an older format (%1) and must be upgraded, but it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup before the upgrade could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upgrade failed and was undone (%1); a copy is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the township name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the file could not be put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ledger is open read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the township name is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterRepository</name>
    <message>
        <source>Title: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal: give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: must be 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is too far in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be between 0 and 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure end: before the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: name at least one (e.g. bulletin board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting form: villagers&apos; meeting or representatives meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: the matter was withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: the matter was rejected; only the disclosure of the rejection can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: step %1 comes first (%2); record it, or record this one by override with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is before step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1: %2 MB is larger than the limit of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1: only scans (images) and PDF files can be attached, this is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterText</name>
    <message>
        <source>1 Party organisation proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Two committees deliberate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Party members&apos; meeting reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Villagers&apos; (representatives&apos;) meeting resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Resolution disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Result disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting result disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal of collective assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land contracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-welfare fund raising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; representatives meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; WeChat group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunshine village affairs platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>Amount: a number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: type a number of yuan, e.g. 860000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: at most two decimals (fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: at most six decimals of 10k yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: must be between 0 and 10 billion yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBuilder</name>
    <message>
        <source>%1-%2-%3</source>
        <comment>a date written out on a notice: year, month, day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected, %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 for, %2 against, %3 abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village party organisation proposed it at its committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the joint meeting of the two committees deliberated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party members&apos; meeting reviewed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the villagers&apos; meeting voted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the villagers&apos; representatives meeting voted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matter %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no resolution yet (step 4 is not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not resolved, so there is no result to disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Villagers&apos; Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal did not obtain the required majority and is not adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution was adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary of the result recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disclosure %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Party Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>there is no notice to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>Resolution disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village or party affairs notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the resolution on {{matter}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

Following the procedure of the four deliberations and two disclosures, the matter &quot;{{matter}}&quot; ({{category}}, amount {{amount}} yuan) went through these meetings:

{{meetings}}

{{outcome}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the result of {{matter}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all villagers of {{village}}:

The matter &quot;{{matter}}&quot; ({{category}}, amount {{amount}} yuan), resolved on {{resolution_date}}, has been carried out. The result is as follows:

{{result}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions or objections may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{village}} finance disclosure for {{period}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{content}}

{{items_table}}

Income in total {{income_total}} yuan, expenses in total {{expense_total}} yuan.

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{title}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{content}}

It is disclosed from {{period_start}} to {{period_end}}. Villagers with questions may turn to the village affairs supervision committee, telephone {{supervision_phone}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;}}&quot; without &quot;{{&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown placeholder {{%2}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of the %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Name: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 30 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender filled from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1 was entered but the ID number belongs to a %2 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date filled from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: %1 was entered but the ID number says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: already registered for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: %1 is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group: %1 is not one of the 56 recognised groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary is director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective income (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters with defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3 (made %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the two committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35 or younger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>36–45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>46–55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>56–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-committee members by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education of two-committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put %1 in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County roll-up %1 (made %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Townships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReserveRepository</name>
    <message>
        <source>Source: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: belongs to another village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: already in the reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>income targets cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserve cadres per village must be between 0 and 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee size limits must satisfy 1 ≤ minimum ≤ maximum ≤ 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party committee maximum must be between 1 and 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term must last 1 to 10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term warning must be 0 to 60 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution must be disclosed within 0 to 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disclosure period lasts 1 to 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result must be disclosed within 0 to 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachment limit must be 1 to 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grid holds 5 to 1000 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size tolerance must be 0 to 200 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households per grid worker must satisfy 1 ≤ usual ≤ maximum ≤ 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disclosure is due 0 to 60 days after its month, 0 to 90 after its quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Township Ledger: village governance ledgers of a township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger file (.ledger) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run: zh_CN or en (not remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window as PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupLedger</name>
    <message>
        <source>The demo ledger could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number must have 18 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first 17 characters of an ID number must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character of an ID number must be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 in the ID number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character: %1 expected, %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 (&quot;%2&quot;) is not allowed in a credit code (I, O, Z, S, V are never used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number has only digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number starts with 13–19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mobile number (11 digits) or a landline with area code such as 0539-1234567</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VillageRepository</name>
    <message>
        <source>Village name: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village name: at most 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village name: %1 is already in this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code: a village committee&apos;s code begins with 5 (registered by civil affairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult villagers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective income (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households: %1 households cannot exceed the registered population of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult villagers: more adults than registered residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members: more party members than registered residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the village no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::AssignDialog</name>
    <message numerus="yes">
        <source>Assign %n household(s) to a grid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(No grid – take them out of their grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, kept in each household&apos;s history (e.g. moved house)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share among the grid&apos;s %1 workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households will be in no grid; the findings list will show them until they are assigned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid will have up to %1 households (size %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is above the size the township set (+%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid has no grid workers yet: add them with Edit grid….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 households per worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::ChangeOfTermDialog</name>
    <message>
        <source>Change of term – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of term closes the running terms of the party organisation, the villagers&apos; committee and the supervision committee of %1 on the election day, ends every post held in them with the reason &quot;change of term&quot; and opens the next terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open first term – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term of the %1 of %2 is recorded yet. Enter the term that is running now; its posts can then be entered on the members tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry over the current holders (re-elected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enters everybody who holds a post now into the new terms, so you only correct who changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of term cannot be undone with Edit &gt; Undo. Take a backup first if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a term cannot be undone with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record change of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1 runs from %2 to %3 (%4 years, from the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new terms run until %1. Everybody who holds a post now is entered again from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new terms run until %1 and start without members: enter the elected members on the members tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::DeliberationSettingsDialog</name>
    <message>
        <source>Rules for four deliberations, two disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least half of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two thirds of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the disclosure period in &amp;working days (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint meeting of both committees, &amp;quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statute sets it; local rules usually ask for half, some for two thirds. The other quorums are set by law and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose the resolution within (after the decision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a disclosure up for at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose the &amp;result within (after planned completion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to every matter and to the findings at once; Edit &gt; Undo reverts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rules for four deliberations, two disclosures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::FindingsPanel</name>
    <message>
        <source>Only this village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by village, rule or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding (or press Enter) to go to its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the records follow every rule and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings: %2 errors, %3 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::GridDialog</name>
    <message>
        <source>Grid %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grid – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. First group grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s grid code, if it gave one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none – directly under the village)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grid has sub-grids, so it stays directly under the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village has no people in the ledger yet: add them on the members or reserve cadres tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which groups, streets or door numbers the grid covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grid worker(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A grid without a leader is listed in the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit grid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::GridProposalDialog</name>
    <message>
        <source>Proposed grids – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households in %2 grids: one grid per villager group, split when a group has more than %3 households; each grid worker keeps in touch with about %4. Nothing is written until you apply, and Edit &gt; Undo takes the whole proposal back. Names and codes can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers (households each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none – not enough people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the grid needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the name %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose grids for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::GridSettingsDialog</name>
    <message>
        <source>Grid rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 50 households per grid and 10 per grid worker are the usual rule; counties set their own. These figures drive Propose grids and the grid findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households per &amp;grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid may be &amp;above that by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households per grid &amp;worker, usually:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grid with more than %1 households is listed in the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid rules were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the grid rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::GridTreeModel</name>
    <message numerus="yes">
        <source>%n household(s) in no grid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 households: above the grid size of %2 (+%3% tolerated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households, %2 of them in sub-grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households in no grid. Drag households here to take them out of their grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household of the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::GridsTab</name>
    <message>
        <source>This village has no grids yet. Propose grids… suggests them from the villager groups for you to review; New grid… adds one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a grid to the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;ub-grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a grid below the selected one (where the county uses four levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit g&amp;rid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, code, grid leader, grid workers and area of the selected grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected grid; its households become unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest grids for the whole village from its villager groups; you review them before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid r&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households per grid and per grid worker (for the whole township)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, ID number, phone or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a household to the village (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected household and see its grid history (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected households (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign to grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected households into a grid and give them a grid worker. You can also drag them onto a grid on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign %1 to grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the household of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 households?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is for records entered by mistake; a household that moved to another grid should be assigned there instead. Edit &gt; Undo brings them back with their grid history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose their grid worker with Assign to grid… when you know who it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete grid %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 households become unassigned (their history is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 sub-grids are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Edit &gt; Undo brings it back with its households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed grids were applied. Edit &gt; Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdDialog</name>
    <message>
        <source>Household of %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New household – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head of household:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s &amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door number / address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid &amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never assigned to a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already the head of another household: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdModel</name>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of tags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no grid yet: select it and choose Assign to grid…, or drag it onto a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door number / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::HouseholdsPage</name>
    <message>
        <source>Households of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: beginning of the name, ID number or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a grid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full I&amp;D numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected household (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the household on its village&apos;s grid tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MainWindow</name>
    <message>
        <source>Township ledgers (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger was upgraded to the current format; the file as it was before is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo ledger with invented data. Create a new ledger for real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger is open read-only (for example, the file is write-protected): you can look at everything, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is open. Create a new ledger for your township, or open an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty ledger for a township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole ledger to another file and continue in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a dated copy of the ledger beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the village &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Demo ledger]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the new ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. Add the villages next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the ledger as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; a ledger is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now working in the copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the ledger was saved as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township information was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change township information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Township Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Township Ledger %1&lt;/h3&gt;&lt;p&gt;Village governance ledgers for the township office: villages, the two committees and the supervision committee, reserve cadres, and the findings the county asks about.&lt;/p&gt;&lt;p&gt;Every change is saved at once in the ledger file; use Backup to keep a dated copy.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterBoardPage</name>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures: all matters of the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum of the joint meeting, disclosure periods and deadlines, attachment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, village, proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matters that are overdue or have problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue first, then matters with problems, then by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All villages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 matters · need action in the township: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterDialog</name>
    <message>
        <source>Edit matter – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New matter – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hardening of the village road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In yuan with up to two decimals, e.g. 860000.00; &quot;86万&quot; is read as 860,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who raised it, e.g. the village party branch or ten villagers jointly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;completion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the work should be finished; the result must be disclosed within the set days after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be decided, why, and how it will be paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was &amp;withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn matter stops: no further steps are expected or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit matter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New matter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterEditor</name>
    <message>
        <source>Choose a matter in the list, or add one with New matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title, category, amount, description, planned completion, or withdraw the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four deliberations, two disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned completion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MatterModel</name>
    <message>
        <source>Overdue: %1 was due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MattersTab</name>
    <message>
        <source>&amp;New matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a matter that must pass the four deliberations and two disclosures (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a matter entered by mistake, with its steps and scans (Del). A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · need action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n recorded step(s) and their scans?

This is for a matter entered by mistake; Edit &gt; Undo brings it back. A matter that was dropped is withdrawn instead (Edit matter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete matter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::MemberRosterTab</name>
    <message>
        <source>Search name, ID number, post or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full I&amp;D numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person with a post (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person and their posts (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected person leaves a post; the post stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record entered by mistake, with its post history (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people hold a post today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End post – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the post ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End post of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all their posts and post history?

When someone leaves office, use End post instead: the history is then kept. Delete is for records entered by mistake; Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::NavigationModel</name>
    <message>
        <source>%1: %2 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township overview: every village at a glance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::PersonDialog</name>
    <message>
        <source>Edit %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reserve cadre – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; fills gender and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnic group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts in the current terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running term – open one on the overview tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current post ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve no&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on: %1 is before the post began (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the post ends (it stays in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since: %1 is outside term %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since: the new post cannot start before the current one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held by %2; end that post first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1 (kept as recorded; please correct it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: choose a post in at least one body. People without a post belong on the reserve cadres tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reserve cadre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::ReserveTab</name>
    <message>
        <source>Add &amp;person of the village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone already recorded in this village to the reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;new person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new person and add them to the reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person out of the reserve pool (the person record stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserve cadres (target: at least %2 per village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reserve cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Added on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody recorded in this village is already in the pool; use &quot;Add new person&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reserve cadre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reserve cadre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reserve cadre %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::RosterModel</name>
    <message>
        <source>Holds no post now; shown because &quot;Show former members&quot; is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F2 or start typing to change the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked; tick &quot;Show full ID numbers&quot; to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(former member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phone not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::StepDialog</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: at least half of the party committee members must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: no quorum is set for the joint meeting (see the deliberation rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: at least half of the members of both committees must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the members of both committees must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: at least half of the voting party members present; passed only with votes for MORE than half of the voting members expected, not of those present. Probationary members do not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: more than half of the villagers aged 18 or over, or at least two thirds of the households, must attend; passed with votes for more than half of those present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: at least two thirds of the representatives must be present; passed with votes for more than half of those present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 working days, reviewed and signed by a supervision committee member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: disclosed within %1 days of the decision, for at least %2 days, reviewed and signed by a supervision committee member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 working days, signed by a supervision committee member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the result is disclosed within %1 days of the planned completion, for at least %2 days, signed by a supervision committee member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members &amp;expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of both committees &amp;expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting members &amp;expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults (18+) &amp;expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives &amp;expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was withdrawn on %1 (%2); its steps can be read but no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed and decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text or the main points of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this record, entered by mistake (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was rejected at step %1; only the disclosure of the rejection follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) comes first. This step can be recorded before it only on purpose, with a reason; it then stays a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is out of order. It can be recorded only on purpose, with a reason; it then stays a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. minutes of the earlier meeting still to be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. village party and mass service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;corder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households re&amp;presented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes &amp;against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step takes no vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels (tick every one used):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another channel, e.g. loudspeaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans of minutes and sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images or PDF files, kept inside the ledger. Drop files here to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 MB each; stored when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorum not met&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: fill in expected and present to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not passed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Up for %1 working days; at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for %1 days; at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed by the supervision committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems with this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than the limit of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only scans (images) and PDF files can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and PDF files (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was saved, but not every scan:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of step %1 (%2) with its scans?

This is for a record entered by mistake; Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete step %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::StepTimeline</name>
    <message>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, against %2, abstain %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: disclose the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: the matter was withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: the matter was rejected at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record of this step, its minutes and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this step: date, attendance, vote, minutes and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to record this step out of order; that needs a reason and stays a finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::TargetsDialog</name>
    <message>
        <source>Targets and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets the township is measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every village&apos;s collective income above (10k yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High collective income above (10k yuan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of villages with a high income at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of five-star party organisations at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cadres per village at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cadres with junior college or higher at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules for the committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; committee members, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee members, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a term (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before a term ends (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults follow national policy; change them when your county sets other targets. Changes apply to the findings at once and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change targets and rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipDialog</name>
    <message>
        <source>New ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Qingshan Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the county or district above the township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who keeps this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office phone, e.g. 0539-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Township name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger keeps the records of one township. Enter the township; you choose where to save the file next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::TownshipOverviewPage</name>
    <message>
        <source>Add village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ledger has no villages yet. Add the township&apos;s villages to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a village (or press Enter) to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 villages · %2 members of the two committees (%3 women, average age %4) · secretary also director in %5 villages · college or above %6% · %7 reserve cadres · %8 five-star party organisations · collective income %9 (10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageDialog</name>
    <message>
        <source>Add village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add village %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageForm</name>
    <message>
        <source>18 characters, begins with 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan (万元), e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or 0539-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager &amp;groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;dent population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party members (full, with a vote):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villager re&amp;presentatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective &amp;income per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party organisation s&amp;tar rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision committee phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective income: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an amount in 10,000 yuan, such as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 4 decimals (0.0001 = 1 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party
cttee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos;
cttee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-
vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary
= director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross
posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average
age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College+
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party
members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income
(10k yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the village party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the villagers&apos; committee (3 to 7 by law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the village affairs supervision committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women on the villagers&apos; committee (at least one by law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party secretary is also the director of the villagers&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who sit on both the party committee and the villagers&apos; committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people on the two committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average age of the members of the two committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of members with junior college education or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members (full or probationary) on the two committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cadres in the village&apos;s talent pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective economy income per year, in 10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star rating of the village party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and targets the village&apos;s records break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::VillageOverviewTab</name>
    <message>
        <source>Village facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the village facts (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change of term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an election of all three bodies (换届)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit village %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Villagers&apos; committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people (women: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary also director:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both committees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two committees together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people (women: %2, party members: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤35: %1 · 36–45: %2 · 46–55: %3 · 56–60: %4 · &gt;60: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior college or higher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve cadres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no term recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open first term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, overdue for a change of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1, %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of term was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open first term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tl::ui::VillagePage</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(village not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak and lax, under rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democracy and rule-of-law model village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star rating: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
