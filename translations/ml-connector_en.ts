<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WriteBackLevels</name>
    <message numerus="yes">
        <source>%n document(s) acknowledged</source>
        <translation>
            <numerusform>%n document acknowledged</numerusform>
            <numerusform>%n documents acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) confirmed</source>
        <translation>
            <numerusform>%n payment confirmed</numerusform>
            <numerusform>%n payments confirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by Concur (in the review queue)</source>
        <translation>
            <numerusform>%n refused by Concur (in the review queue)</numerusform>
            <numerusform>%n refused by Concur (in the review queue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posting outcome(s) confirmed</source>
        <translation>
            <numerusform>%n posting outcome confirmed</numerusform>
            <numerusform>%n posting outcomes confirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::cli</name>
    <message numerus="yes">
        <source>%n document(s) waiting for review.</source>
        <translation>
            <numerusform>%n document waiting for review.</numerusform>
            <numerusform>%n documents waiting for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n cycle(s).</source>
        <translation>
            <numerusform>after %n cycle.</numerusform>
            <numerusform>after %n cycles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(The same happened %n more time(s) since %1.)</source>
        <translation>
            <numerusform>(The same happened %n more time since %1.)</numerusform>
            <numerusform>(The same happened %n more times since %1.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ConcurSection</name>
    <message numerus="yes">
        <source>Connected to %1. %n expense report(s) are ready to read.</source>
        <translation>
            <numerusform>Connected to %1. %n expense report is ready to read.</numerusform>
            <numerusform>Connected to %1. %n expense reports are ready to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::MappingsPage</name>
    <message numerus="yes">
        <source>Saved %1 (%n mapping(s)). Documents that waited for them were checked again.</source>
        <translation>
            <numerusform>Saved %1 (%n mapping). Documents that waited for it were checked again.</numerusform>
            <numerusform>Saved %1 (%n mappings). Documents that waited for them were checked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) saved to %1.</source>
        <translation>
            <numerusform>%n mapping saved to %1.</numerusform>
            <numerusform>%n mappings saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mapping(s) point to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete them.</source>
        <translation>
            <numerusform>⚠ %n mapping points to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete it.</numerusform>
            <numerusform>⚠ %n mappings point to a code that is missing, frozen or inactive in SAP Business One. Hover over the warning for details; change or delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::MasterDataPicker</name>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s)</source>
        <translation>
            <numerusform>Whichever you choose, saving it releases %n waiting document</numerusform>
            <numerusform>Whichever you choose, saving it releases %n waiting documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of them post at once; the others still wait for something else).</source>
        <translation>
            <numerusform>(%n of them posts at once; the others still wait for something else).</numerusform>
            <numerusform>(%n of them post at once; the others still wait for something else).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapping to %1 releases %n waiting document(s).</source>
        <translation>
            <numerusform>Mapping to %1 releases %n waiting document.</numerusform>
            <numerusform>Mapping to %1 releases %n waiting documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Press Enter to choose the selected one.</source>
        <translation>
            <numerusform>%n match. Press Enter to choose the selected one.</numerusform>
            <numerusform>%n matches. Press Enter to choose the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whichever you choose, saving it releases %n waiting document(s); nothing else holds them, so they post at once.</source>
        <translation>
            <numerusform>Whichever you choose, saving it releases %n waiting document; nothing else holds it, so it posts at once.</numerusform>
            <numerusform>Whichever you choose, saving it releases %n waiting documents; nothing else holds them, so they post at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::PostedChart</name>
    <message numerus="yes">
        <source>Nothing posted in the last %n day(s).</source>
        <translation>
            <numerusform>Nothing posted in the last day (%n).</numerusform>
            <numerusform>Nothing posted in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) posted</source>
        <translation>
            <numerusform>%1: %n document posted</numerusform>
            <numerusform>%1: %n documents posted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n documents selected. Retry or skip them together.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n document selected. Retry or skip it.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n documents selected. Retry or skip them together.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posted</source>
        <translation>
            <numerusform>%n posted</numerusform>
            <numerusform>%n posted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n will be retried</numerusform>
            <numerusform>%n will be retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n document(s) again…</source>
        <translation>
            <numerusform>Checking %n document again…</numerusform>
            <numerusform>Checking %n documents again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n document(s) again.</source>
        <translation>
            <numerusform>Checked %n document again.</numerusform>
            <numerusform>Checked %n documents again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why should %n document(s) not be posted? The reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Why should %n document not be posted? The reason is kept in the audit trail.</numerusform>
            <numerusform>Why should %n documents not be posted? The reason is kept in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n document(s).</source>
        <translation>
            <numerusform>Skipped %n document.</numerusform>
            <numerusform>Skipped %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) marked ⚠ still need a mapping.</source>
        <translation>
            <numerusform>%n line marked ⚠ still needs a mapping.</numerusform>
            <numerusform>%n lines marked ⚠ still need a mapping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not posted: %n problem(s) still block it.</source>
        <translation>
            <numerusform>Not posted: %n problem still blocks it.</numerusform>
            <numerusform>Not posted: %n problems still block it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why do you accept Concur&apos;s refusal for %n document(s)? Nothing more is sent to Concur about them; the reason is kept in the audit trail.</source>
        <translation>
            <numerusform>Why do you accept Concur&apos;s refusal for %n document? Nothing more is sent to Concur about it; the reason is kept in the audit trail.</numerusform>
            <numerusform>Why do you accept Concur&apos;s refusal for %n documents? Nothing more is sent to Concur about them; the reason is kept in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlc::tray::TrayIcon</name>
    <message numerus="yes">
        <source>%n document(s) waiting for review</source>
        <translation>
            <numerusform>%n document waiting for review</numerusform>
            <numerusform>%n documents waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new document(s) could not be posted and wait in the review queue.</source>
        <translation>
            <numerusform>%n new document could not be posted and waits in the review queue.</numerusform>
            <numerusform>%n new documents could not be posted and wait in the review queue.</numerusform>
        </translation>
    </message>
</context>
</TS>
