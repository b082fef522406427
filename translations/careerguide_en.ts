<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarExportStore</name>
    <message>
        <source>Could not read the last calendar export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was deleted in another window; it cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarUpdatePlanner</name>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the study plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Could not write the calendar file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPathTab</name>
    <message>
        <source>Learning path pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the routes and steps and your study plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningRoutesPage</name>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the learning path whose routes and steps are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ucation routes into the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education routes into the role, with their kind and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path&apos;s steps in order, with our hour estimates, prerequisites and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected route or step, with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route or step details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career &amp;Tips and FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, skills, salaries and the learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study Plan to Ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what was shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTopicDialog</name>
    <message>
        <source>Your Own Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of a resource (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>E&amp;ducation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title (a guide role also by its other names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers by job family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOC 2018 major group of the career&apos;s occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers by O*NET job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much preparation the work needs, from O*NET&apos;s job zone 1 (little) to 5 (extensive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers by typical entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical education needed to enter the occupation (BLS Employment Projections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers by projected growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34 in the words of BLS&apos;s Occupational Outlook Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median &amp;pay from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest median annual pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at least this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest median annual pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at most this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort careers by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the career list: by name with the guide&apos;s roles first, or by median pay, growth or annual openings, the highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s roles and every O*NET occupation; choose one to see its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of careers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a title or an O*NET code to find a role or occupation; it is shown beside the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected career&apos;s page: duties or tasks, skills, pay, outlook and sources, or two careers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalariesTab</name>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures for role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures for country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show figures from source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text: role, country, source, statistic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter salary figures by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the figure to the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected figure as a new column (Enter or double-click in the table). Up to four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected column (Delete in the comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected column left (Ctrl+Shift+Left; or drag its header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected column right (Ctrl+Shift+Right; or drag its header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per pick. Delete removes a column; Ctrl+Shift+Left and Right move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill Premiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill premiums as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved compar&amp;isons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparison name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and Save, or pick a saved comparison and Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison under this name (replaces one of the same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as a CSV file (also File → Export CSV…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only figures for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only figures for this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only figures from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected figure with its source, date, conversion and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency the comparison is shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How amounts are converted: market exchange rates or purchasing-power parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the comparison table, the charts and the skill premiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search; Up and Down choose a result, Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles, skills, occupations, learning, salaries and states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard or soft skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills by my status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ot technologies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot technologies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only skills O*NET 29.3 flags as a Hot Technology, one often named in job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role you are working towards; the gap is what it needs that you do not mark as known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill gap towards the target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what I still &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that I do not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;y status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status for this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at once; one status per skill, shared by every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only skills of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hard skills, soft skills or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only skills with this status of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that you do not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills with their category, kind, roles, O*NET flags and your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected skill: the roles that need it, O*NET flags, premiums and learning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which list to show: the guide&apos;s skills, O*NET skills and knowledge, or technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s skills, O*NET&apos;s skills and knowledge areas, or the technologies O*NET names (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skills and knowledge areas with how many occupations rate each important, and your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies O*NET names, with how many occupations list each, In Demand counts, the Hot flag and your status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of what the target role needs that you know, weighted by importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of what it needs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and what they contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source with what it contributed, how to cite it and its licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTopicsPanel</name>
    <message>
        <source>Topics o&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step whose topics are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own topic to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your own topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your own topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the topic up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the topic down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlanCalendar</name>
    <message>
        <source>Week %1 (from %2): %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 (%2 h, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 (%2 h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlanDocument</name>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a box when you have done that part; each step is finished by the end of its last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start painting the study plan on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish painting the study plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or the alternative you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 topics done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are our own estimates. How each was reached, and the sources the steps were written from, are shown with each step in Career Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish it this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlanPage</name>
    <message>
        <source>Pla&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved study plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, separate plan; your other plans stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this plan and the progress recorded in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role and learning path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date of week 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ski&amp;p what I already know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip steps I already know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out steps whose skills are all marked “I know it” on the Skills tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps known from the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate and save the study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the steps into dated weeks and save the plan; progress already recorded is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the study plan as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the study plan as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week &amp;by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: t&amp;ick off, set a status, add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otify me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder the calendar shows for each step of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One all-day event per step, updated in place when you export again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlanScheduler</name>
    <message>
        <source>Hours per week must be between %1 and %2; %3 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This learning path has no steps to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning path lists the step %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 requires %2, which is not a step of this learning path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 has no estimated hours (%2), so it cannot be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of this path is marked as already known; there is nothing left to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisites of these steps go round in a circle, so none of them can start: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 h per week this plan would take %2 weeks, more than the %3 weeks a plan may span. Plan more hours per week or mark steps you already know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start date between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on %1, this plan would end after %2, the last date a plan can reach. Choose an earlier start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPlanStore</name>
    <message>
        <source>Could not read your study plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the learning path the plan follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one hour a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid start date for the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a plan called “%1”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the plan “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the progress of this plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the plan “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” was deleted in another window; it is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was deleted in another window; your progress was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipsDialog</name>
    <message>
        <source>Career Tips and FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career tips and frequently asked questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice on interviews, résumés, portfolios and professional bodies, and answers to common questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg</name>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device (a disk or partition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF file %1 (%2). Any file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CareerFitModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a fit score in whole percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide lists no skills for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET publishes no usable skill or knowledge ratings for this occupation, so it is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the role&apos;s skills you know, each weighed by its importance (1 useful to 5 essential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the occupation&apos;s O*NET skills and knowledge you know, each weighed by importance × level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important to learn: %1</source>
        <extracomment>%1 the skills or knowledge areas still to learn, most important first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. national annual median wage, BLS OEWS; hover a figure for its source and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of what the career needs you know, weighted by importance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CareerFitPage</name>
    <message>
        <source>Careers that fit me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated roles o&amp;nly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated roles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show career moves from the selected career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers ranked by fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark skills you know on the Skills tab (guide skills, or O*NET skills and knowledge) and every career is ranked here by how much of what it needs you already know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the Skills Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Skills tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a role or occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan This Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a study plan toward the selected occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career moves from the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your current job, or select a career above and press Show Moves, to see the occupations O*NET relates to it, with your fit and the change in pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The careers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skill marks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit is weighted by importance. Pay: U.S. national annual median, %1, as of %2; a role shows the pay of its first occupation.</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related occupations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists no related occupations for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a role of this guide: its moves and pay are those of its first occupation, %2 (%3), as O*NET relates it to others. Pay change: annual medians, BLS OEWS.</source>
        <extracomment>%1 role, %2 its first occupation&apos;s title, %3 that occupation&apos;s code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET&apos;s related occupations of %1, closest first. Pay change: their annual median minus this one&apos;s, BLS OEWS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CareerMoveModel</name>
    <message>
        <source>Primary, short move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary, longer move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: BLS publishes no annual median for one of the two, or both are above its top figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its annual median minus that of where you are now (BLS OEWS). A median BLS tops out at $239,200 makes the change “at least” or “at most”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CareerPay</name>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national annual median is published for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual median, %1 (as of %2)</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role has no wage of its own: this is the pay of its first occupation, %1 (%2).</source>
        <extracomment>%1 the occupation&apos;s title, %2 its O*NET-SOC code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CatalogueListModel</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: a role this guide describes in depth. O*NET: an official occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median annual wage, BLS OEWS May 2024 (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET occupation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role in the guide, filed under O*NET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; growth: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; growth: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34, BLS Employment Projections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CataloguePickModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ComparisonCsvWriter</name>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate date or PPP year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to pick 1 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to pick 1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Any file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional price parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEA RPP %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ContentDatabase</name>
    <message>
        <source>no content database was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content database %1 is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Career Guide content database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has content schema version %2, but this build reads version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it holds %2 bytes, but its header records %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete content database: it has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete content database: its table %2 has no column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CurrencyConverter</name>
    <message>
        <source>GDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the currency of exactly one country with PPP factors; name the country whose prices to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no valid currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same currency: no conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ECB reference rate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ECB reference rate for %1 on %2 or in the %3 days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large to convert exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECB reference rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no rate on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4, derived through EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same country and currency: no conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year from %1 back to %2 has World Bank PPP factors (%3) for both %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No World Bank PPP factor (%1) for %2 in %3 or the %4 years before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, but the amount is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none yet for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 in %2 = %3 %4 in %5 at purchasing-power parity, World Bank PPP factors (%6) of %7, through international $</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regional price index to adjust by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ExchangeRates</name>
    <message>
        <source>cannot read exchange rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx_rate %1 %2: &apos;%3&apos; is not a usable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx_rate: &apos;%1&apos; is not a currency code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ExperienceChartView</name>
    <message>
        <source>Pay by experience chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pay for 0–1 years, all levels and 15+ years of experience, per role, as stated. The salary table lists the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated — %2, %3, as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role has pay by experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GrowthCategories</name>
    <message>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little or no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As fast as average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much faster than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::LearningPathTab</name>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1. Duration: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: about %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you know it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills it teaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no study plan yet. On Learning Path → Study plan, choose your settings and press Generate plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;outes and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stud&amp;y plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers that fit me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::LearningRoutesPage</name>
    <message>
        <source>Steps: %1 · hours in all: about %2 (our estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of our estimate for each step; select a step to see how its estimate was reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the salary comparison as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that menu, tab, field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Guide %1&lt;/h3&gt;&lt;p&gt;An offline guide to the back-end developer career and the roles around it.&lt;/p&gt;&lt;p&gt;Content %2, as of %3. Every figure names its source and date; see Help → Sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1, as of %2 (content in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was changed in another window; showing it as saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file: here it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the guide&apos;s content could not be read, so what is shown may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Salary Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what was shown before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse back / forward button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / Forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::Money</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain decimal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has minor units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::NoteDelegate</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds up to %1 characters; the rest was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OfficialFigure</name>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OnetElementTableModel</name>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations that rate it %1 or more of 5 in importance (O*NET 29.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill or knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OnetSkillPageDocument</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET knowledge area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations where it matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupation rates it %1 or more of 5 in importance in O*NET 29.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5). The %3 where it is most important, with the level they need (0 to 7):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5), most important first, with the level they need (0 to 7):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET-SOC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more occupations rate it important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates O*NET recommends suppressing (low precision) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology · Hot Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hot Technology: one of the technologies employers name most often in job postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no occupation for this technology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists it for %1 occupations; it is In Demand, often named in their job postings, for %2 of them, listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OwnPathStore</name>
    <message>
        <source>Could not read your own topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step for the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your topic could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic was removed in another window, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic was changed in another window, so your change was not saved. Edit it again if you still want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your topic could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the topics could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OwnTopic</name>
    <message>
        <source>Give the topic a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://, for example https://www.postgresql.org/docs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OwnTopicDialog</name>
    <message>
        <source>Edit Your Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Your Own Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PathCustomizer</name>
    <message>
        <source>your own estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PayChange</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1$%2</source>
        <extracomment>%1 the sign (+ or −), %2 the whole dollar amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PlanWeekModel</name>
    <message>
        <source>(%1 h, part %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 hours a week you planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have these steps done by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 h in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PppFactors</name>
    <message>
        <source>cannot read PPP factors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ppp_factor %1 %2 %3: &apos;%4&apos; is not a usable factor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PremiumStatement</name>
    <message>
        <source>%1% vs peers without %2 — %3, %4</source>
        <extracomment>%1 signed percent as stated, %2 skill, %3 who says so, %4 the as-of date. Peers: people in the same role.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ⚠ doubtful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::PriceParityAdjustment</name>
    <message>
        <source>%1 in %2 ≈ %3 at U.S. average prices (BEA RPP %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ProgressStatusDelegate</name>
    <message>
        <source>Step status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RolePage</name>
    <message>
        <source>Essential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an official statistical group rather than a job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official occupation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide links this role to no official occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay, U.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all occupations %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job zone %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official figures for %1, the main occupation the guide files this role under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles describe no duties for this role; see the official tasks below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles list no skills for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skills, by how strongly the articles stress them. Select one to see it on the Skills tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS publishes no national wage estimate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment %1, not counting the self-employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“≥”: BLS reports only that the wage is at least $239,200 a year ($115.00 an hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS publishes only annual wages for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS publishes only hourly wages for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the articles report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these side by side, converted to one currency, on the Salaries tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pay figures for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 jobs in 2024, %3 projected for 2034 (%4; all occupations %5). About %6 openings a year on average, counting people who leave or change occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all occupations %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outlook figures for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and ways in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: typical entry-level education %2; work experience needed: %3; on-the-job training: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(low precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education of people working as %1, as O*NET surveyed it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways in the guide describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Learning Path tab turns these into ordered steps and a study plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who hires them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it compares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles say nothing more about the day-to-day work of this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed under the same official occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations O*NET relates to %1, closest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related roles are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and knowledge: not rated in this release of O*NET (29.3) for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important skills (O*NET ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important knowledge (O*NET ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Left out: %1 ratings O*NET flags as too imprecise to use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists %1 software and tools used in this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In demand for this occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hot technologies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also titled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemental tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Sources lists every source with its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This occupation is not part of this build&apos;s official data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official occupation, O*NET-SOC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role in this guide is filed under this occupation; what follows is the official data alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in this guide filed under it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projection in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical entry education (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both need %1 skills; %2 only %3 needs; %4 only %5 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duties in the articles; O*NET&apos;s first tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties, pay and outlook in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job growth 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official projection, 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job growth 2024–34 (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles people report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No range chart: BLS publishes no estimate for some of the percentiles of this occupation&apos;s wages (shown as “no estimate” below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual wages, scale $0 to %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly wages, scale $0 to %1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile %1 · 25th %2 · median %3 · 75th %4 · 90th %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the bar is open-ended: BLS reports only that the top wages are at least %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Light: 10th to 25th and 75th to 90th percentile; dark: the middle half; the thin dark mark: the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded cells differ between the two careers and are marked “≠”; “▲ higher” marks the larger figure. Pick “(nobody)” under “Compare with” to see one career again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an occupation of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projection: BLS projects no figures for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated role: the guide&apos;s articles and official data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official occupation: O*NET and BLS data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment, 2024 (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings a year, 2024–34 (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate: BLS publishes no national wage estimate for this occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay and range, U.S. (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job zone in this release of O*NET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation (O*NET job zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide lists its own skills for curated roles only; O*NET&apos;s ratings below compare both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no official occupation, so no O*NET ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): skills and knowledge not rated in this release of O*NET (29.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings are compared only when both sides have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET&apos;s ratings are the same; its page lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance on O*NET&apos;s scale of 1 to 5. Each side&apos;s %1 most important skills and %2 most important knowledge areas are listed; shaded rows are among one side&apos;s most important only, or differ by half a point or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ among the most important of %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology is compared through the official occupations; one side has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET lists the same technology for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in demand for both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in demand for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists no Hot or In Demand technology for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot or In Demand technologies O*NET lists for both (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1: %2 more; only %3: %4 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official occupation: no article figures; see the official pay above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official occupation: no article projection; see the official growth above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET&apos;s first tasks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RolesTab</name>
    <message>
        <source>Any education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (the guide&apos;s roles first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth, fastest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual openings, most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody — show one career)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any job family</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, SOC %2: %Ln careers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job zone in this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No careers match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters to see every career again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::RouteTableModel</name>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootcamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalariesTab</name>
    <message>
        <source>Your data file is read-only, so comparisons cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure, then Enter or double-click to compare it (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill premiums, as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each premium compares people in the role who have one skill with those who lack it, as the source states it. They are shown one by one and never added up or compounded: no source says what two skills together are worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content states no skill premiums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS occupation %1 (%2), linked to this role through O*NET %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th percentile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th percentile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Doubtful:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: add figures to the comparison first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary-comparison.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Salary Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Salary Comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Salary Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary-comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No salary figures match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w All Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparison</name>
    <message>
        <source>PPP needs the prices of one country, and %1 is not the currency of exactly one country with World Bank PPP factors; choose another display currency for PPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gives only a lower bound (%1), not a figure to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source publishes no figure here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first column has no amount in %1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: this figure is %1, the first one %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market exchange rate (ECB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing-power parity, GDP (World Bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing-power parity, private consumption (World Bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each figure is converted on the last day of the period its source states (a year: 31 December; a month: its last day), with the ECB rate of that day or the nearest earlier business day, or the World Bank PPP factors of that year or the nearest earlier one (up to %1 years back). Converted amounts are rounded once to the cent, half away from zero; differences are exact differences of those amounts, and percentages are rounded to one decimal, half away from zero. The screen and the printout show whole units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECB euro reference rate of the figure&apos;s date, or the nearest earlier business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pay buys at home: World Bank PPP factors (GDP) of the figure&apos;s year, or the nearest earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World Bank PPP factors for household consumption, the closest to what a salary buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; then %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonChartView</name>
    <message>
        <source>Comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars for stated figures and ranges for official wages, in the display currency. The side-by-side table holds the same numbers as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay in %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure as stated, converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official range: p10–p90, box p25–p75, line at median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
median %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick figures to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (periods differ: see the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonDocument</name>
    <message>
        <source>Salary comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer to print on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been picked to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to pick 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (middle half %3 – %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ doubtful (see note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ⚠ doubtful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonModel</name>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference (pick 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a single figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, middle half %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ doubtful (hover or select for why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a note (hover or select)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 — %3. Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonSession</name>
    <message>
        <source>Exchange rates could not be read (%1); conversions show “no rate”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That figure is not in this content release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That figure is already column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison holds %1 picks; remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: no rate — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the comparison, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: add figures to the comparison first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the saved comparison “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the comparison as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1”; %2 of its figures are no longer in the content and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the saved comparison “%1”; the columns on screen stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing-power parity needs the prices of one country, and %1 is not the currency of exactly one country with World Bank factors here. Choose market rates or another currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted at market rates instead. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonStore</name>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison holds at most %1 picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted in another window, so it was not replaced. Save again to keep this one under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison named “%1” was saved in another window since this list was shown, so it was not replaced. Save again to replace it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved comparison could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved comparison “%1” was replaced or deleted in another window, so it was not deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryEntry</name>
    <message>
        <source>BLS OEWS (official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2), which the guide links to this role through O*NET %3. National, all industries, employees only (the self-employed are not counted); %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS OEWS, state (official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared at U.S. average prices: divided by %1&apos;s all-items Regional Price Parity over 100 (BEA RPP %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEA publishes no Regional Price Parity for %1, so it cannot be compared at U.S. average prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2) in %3, all industries, employees only; employment %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9; %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
BLS occupation: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th to 90th percentile; the middle half earns %1 – %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

⚠ Doubtful: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the figure&apos;s own currency, as stated. Sorts by currency, then by amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of official BLS wages: 10th to 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p10–p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SalaryTerms</name>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchDialog</name>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches. Up and Down to choose, Enter to open, Escape to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchHit</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official occupations (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SingleInstance</name>
    <message>
        <source>Career Guide is already running with this data file (%1) but did not answer (%2). Close it, or if it is no longer running, remove %1.lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SkillAssessmentStore</name>
    <message>
        <source>I know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your self-assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status for this skill was changed in another window (it is now “%1”), so your change was not saved. Choose again if you still want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SkillGap</name>
    <message>
        <source>%1: the guide lists no skills for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 skills known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills known, %4 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide lists no skills for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of what the role needs, weighted by importance; %2 of %3 essential skills known</source>
        <extracomment>%1 whole percent; %2 of %3: essential skills (importance 5 of 5) marked known</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SkillTableModel</name>
    <message>
        <source>Programming language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rates it %2 of 5 in importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET names no technology exactly like this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET 29.3 technology skills: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Hot Technology, often named in job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; In Demand, occupations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in the guide that list this skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much your target role needs the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much %1 needs the skill (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags from O*NET 29.3 where one of its technologies is this skill, by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SkillsTab</name>
    <message>
        <source>Hard and soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is read-only; statuses cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role in the guide lists this skill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In job postings (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no technology named exactly “%1”, so no Hot Technology or In Demand flag is shown for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET lists “%1” among the technology used in %2 of the occupations in this guide&apos;s official data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hot Technology&lt;/b&gt;: one of the technologies employers name most often in job postings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged as a Hot Technology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In demand&lt;/b&gt; in postings for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also used by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1% for %2 who have it, as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the guide teaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved: the user database is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter O*NET skills and knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this list matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics that teach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking this skill as known counts a topic as known once you know every skill it teaches; a known topic&apos;s hours leave your study plan when you skip what you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 h, our estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as known once you know every skill it teaches (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SourceRef</name>
    <message>
        <source>%1, via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SourcesDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fact and figure in Career Guide names one of these sources. Article text was rewritten in our own words; official data was subset and merged with the articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SqlScript</name>
    <message>
        <source>statement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StateRankingView</name>
    <message>
        <source>States ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, highest first: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StateTileMapView</name>
    <message>
        <source>Map of the states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StateWageFigures</name>
    <message>
        <source>Median (as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median at U.S. average prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published (at least $239,200, or no estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, state estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At U.S. average prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median divided by the state&apos;s RPP over 100, rounded once to the cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly median (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual 10th percentile (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual 25th percentile (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual median (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual 75th percentile (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual 90th percentile (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual median at U.S. average prices (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPP (all items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPP year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StateWageModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: price level %2 in %3 (BEA RPP, U.S. = 100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StateWagesPage</name>
    <message>
        <source>Pay by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Map as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: U.S. Bureau of Labor Statistics, OEWS May 2024, state estimates. Median at U.S. average prices: the median divided by the state&apos;s price level over 100 (U.S. Bureau of Economic Analysis, Regional Price Parities %1, all items, U.S. = %2), rounded once to the cent. “Not published”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pay by State as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary-by-state.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary-by-state.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add State to Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the state to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this state&apos;s median with other places, at U.S. average prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StepProgress</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold up to %1 characters; this one has %2, so it was not saved. Shorten it, or keep longer texts in a file of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StepProgressModel</name>
    <message>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks %1–%2</source>
        <extracomment>A range of week numbers, e.g. &quot;Weeks 3–8&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the plan: your self-assessment marks every skill this step teaches as known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you have finished this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our estimate for each step; hover over a number to see how it was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to write a note (up to %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved once the user database was free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the user database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user database is locked by another program, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is kept here, marked as not saved, until it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · topics %2 of %3</source>
        <extracomment>A step&apos;s status rolled up from its topics, e.g. &quot;In progress · topics 2 of 9&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StepTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (our estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StepTopicModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StepTopicsPanel</name>
    <message>
        <source>Move the topic up within its step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the topic down within its step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hidden topic is neither scheduled nor counted; show it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic of your own to this step, with a link, hours and a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your topic “%1” and the progress recorded on it in every plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanDocument</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the printed study plan (QDate format string); reorder for your language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates, e.g. &quot;5 Jan 2026 – 11 Jan 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanPage</name>
    <message>
        <source>Between %1 and %2 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Try to save it again now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate again and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan “%1” and the progress and notes recorded in it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Study Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study Plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the study plan to %1 (pages: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Study Plan as Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 09:00 on the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 09:00 the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 09:00 a week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events; %3 cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these steps is known yet from your self-assessment. Mark skills as “I know it” on the Skills tab to leave out what you have already learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My study plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is read-only: this plan is shown but not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was deleted in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan “%1” (weeks: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the plan “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is not saved, so its progress cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled again (weeks: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be scheduled again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target, a route, a start date and your hours per week, then press Generate plan. The plan is saved at once, and you can keep several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards %1, by way of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h a week · %2 · weeks: %3 · study time: %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next milestone: %1 by %2 (week %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out as already known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: progress cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping what you already know: %1 → %2 weeks at %3 hours a week (%4 hours fewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already know %1 hours of this path; skipping them would take it from %2 to %3 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan This Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning path of this guide leads to %1 yet. Careers that fit me lists what it needs that you do not know; mark those skills on the Skills tab as you learn them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is read-only: your own topics cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is read-only: hidden topics cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is read-only: the order of topics cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::TechnologyTableModel</name>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations that list it in O*NET 29.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations whose job postings often name it (O*NET In Demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hot Technology: one employers name often in job postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET&apos;s Hot Technology flag: often named in job postings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::TipsDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing in the career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::TopicProgressStore</name>
    <message>
        <source>Could not read the topics you ticked off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress on this topic could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was deleted in another window, so your progress was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic was ticked off in another window, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic was taken back in another window, so your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::UserDatabase</name>
    <message>
        <source>The folder %1 cannot be created, so your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leftover journal file without its database was found and moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leftover journal file %1 without its database is in the way and cannot be moved, so your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 cannot be read, so it was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 that holds your data file is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 cannot be opened for changes (%2), so changes cannot be saved. Everything you saved before is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 cannot be checked (%2), so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file was written by a newer version of Career Guide (data version %1; this version knows up to %2). It is opened read-only so nothing in it is lost; update Career Guide to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a copy is also at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 could not be upgraded to this version&apos;s format: %2. It was left as it was%3, and your changes cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back it up first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was upgraded to the new format; a copy of the old file was kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used because %2, and it cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 cannot be used because %2, and it cannot be moved out of the way, so it was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file could not be used because %1. It was moved, unchanged, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but a new one cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and a new, empty one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It cannot be read either (%2), so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It cannot be used (%2), and as it cannot be changed it was left where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was written by an older version and cannot be upgraded while it cannot be changed, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOME is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOME (%1) is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place to keep your data (%1), so nothing you do is saved this time; use --user-db PATH to name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path given for your data file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path given for your data file (%1) is not valid text in this system&apos;s encoding, so it cannot be opened exactly as given; rename the file or a folder in its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a data file; Career Guide keeps your data only in a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside something that is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path to your data file %1 leads through a circle of links, so it was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside %1, which is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 is a link that leads back to itself (through %2), so it was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist (perhaps on a drive that is not connected), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which cannot be reached (%3), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to %1, which is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist, so the link was left as it is and your progress cannot be saved this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; Career Guide keeps your data only in a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Another program holds it locked, so what you saved cannot be read now and is not shown (rather than an out-of-date copy); close the other program and start Career Guide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It cannot be read with its journal (%2), and without it an out-of-date copy would be shown, so what you saved is not shown this time; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::WriteTransaction</name>
    <message>
        <source>%1: the user database is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline guide to the back-end developer career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this content database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your own data in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (e.g. en, es, hi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window has been painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Guide cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); run it from a desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content database found; looked for %1 (use --content-db PATH to name one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang cannot change the window that is already open; close it and start Career Guide again to use another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file; its window was brought to the front</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
