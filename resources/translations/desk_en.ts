<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentController</name>
    <message numerus="yes">
        <source>%n witness(es) added</source>
        <translation>
            <numerusform>%n witness added</numerusform>
            <numerusform>%n witnesses added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken away</source>
        <translation>
            <numerusform>%n taken away</numerusform>
            <numerusform>%n taken away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFindDialog</name>
    <message numerus="yes">
        <source>{title}  (%n found)</source>
        <translation>
            <numerusform>{title}  (%n found)</numerusform>
            <numerusform>{title}  (%n found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) hold “{query}”.</source>
        <translation>
            <numerusform>%n document holds “{query}”.</numerusform>
            <numerusform>%n documents hold “{query}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n witness</numerusform>
            <numerusform>%n witnesses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySeriesActions</name>
    <message numerus="yes">
        <source>and %n more document(s)</source>
        <translation>
            <numerusform>and %n more document</numerusform>
            <numerusform>and %n more documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n open place(s) reading {readings} in the whole library the same way?</source>
        <translation>
            <numerusform>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n open place reading {readings} in the whole library the same way?</numerusform>
            <numerusform>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n open places reading {readings} in the whole library the same way?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are in %n document(s): one step in each, and Ctrl+Z undoes them together.</source>
        <translation>
            <numerusform>They are in %n document: one step in each, and Ctrl+Z undoes them together.</numerusform>
            <numerusform>They are in %n documents: one step in each, and Ctrl+Z undoes them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decided %n place(s) the same way</source>
        <translation>
            <numerusform>Decided %n place the same way</numerusform>
            <numerusform>Decided %n places the same way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>in %n document.</numerusform>
            <numerusform>in %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Undo it in all of them?

No: undo it in this document only.</source>
        <translation>
            <numerusform>This step was taken in %n document at once. Undo it in all of them?

No: undo it in this document only.</numerusform>
            <numerusform>This step was taken in %n documents at once. Undo it in all of them?

No: undo it in this document only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This step was taken in %n document(s) at once. Redo it in all of them?

No: redo it in this document only.</source>
        <translation>
            <numerusform>This step was taken in %n document at once. Redo it in all of them?

No: redo it in this document only.</numerusform>
            <numerusform>This step was taken in %n documents at once. Redo it in all of them?

No: redo it in this document only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone in %n document(s).</source>
        <translation>
            <numerusform>Undone in %n document.</numerusform>
            <numerusform>Undone in %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redone in %n document(s).</source>
        <translation>
            <numerusform>Redone in %n document.</numerusform>
            <numerusform>Redone in %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left as they were: later steps lie on top of it there.</source>
        <translation>
            <numerusform>%n document was left as it was: later steps lie on top of it there.</numerusform>
            <numerusform>%n documents were left as they were: later steps lie on top of it there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>Accept desk&apos;s proposal at the %n undecided place(s) where it is at least {percent}% sure?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Accept desk&apos;s proposal at the %n undecided place where it is at least {percent}% sure?
One step: Ctrl+Z undoes it.</numerusform>
            <numerusform>Accept desk&apos;s proposal at the %n undecided places where it is at least {percent}% sure?
One step: Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s).</source>
        <translation>
            <numerusform>Accepted %n proposal.</numerusform>
            <numerusform>Accepted %n proposals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n undecided {category} place(s) {reading}?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Give the %n undecided {category} place {reading}?
One step: Ctrl+Z undoes it.</numerusform>
            <numerusform>Give the %n undecided {category} places {reading}?
One step: Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n {category} place(s) {reading}.</source>
        <translation>
            <numerusform>Gave %n {category} place {reading}.</numerusform>
            <numerusform>Gave %n {category} places {reading}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n other open place(s) reading {readings} the same way?
One step: Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n other open place reading {readings} the same way?
One step: Ctrl+Z undoes it.</numerusform>
            <numerusform>Place {place} reads {readings}; you decided it: {status} (“{reading}”).

Decide the %n other open places reading {readings} the same way?
One step: Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decided %n more place(s) the same way.</source>
        <translation>
            <numerusform>Decided %n more place the same way.</numerusform>
            <numerusform>Decided %n more places the same way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n more place(s) read the same: Ctrl+R decides them too.</source>
        <translation>
            <numerusform>%n more place reads the same: Ctrl+R decides them too.</numerusform>
            <numerusform>%n more places read the same: Ctrl+R decides them too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
