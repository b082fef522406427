<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>CalendarExportStore</name>
    <message>
        <source>Could not read the last calendar export: %1</source>
        <translation>पिछला कैलेंडर निर्यात पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not remember the calendar export</source>
        <translation>कैलेंडर निर्यात याद नहीं रखा जा सका</translation>
    </message>
    <message>
        <source>This plan was deleted in another window; it cannot be exported.</source>
        <translation>यह योजना किसी दूसरी विंडो में हटा दी गई; इसे निर्यात नहीं किया जा सकता।</translation>
    </message>
</context>
<context>
    <name>CalendarUpdatePlanner</name>
    <message>
        <source>Done.</source>
        <translation>पूरा हुआ।</translation>
    </message>
    <message>
        <source>No longer in the study plan.</source>
        <translation>अब अध्ययन योजना में नहीं है।</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>Could not write the calendar file %1: %2</source>
        <translation>कैलेंडर फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>LearningPathTab</name>
    <message>
        <source>Learning path pages</source>
        <translation>लर्निंग पाथ पेज</translation>
    </message>
    <message>
        <source>Switch between the routes and steps and your study plan</source>
        <translation>रूट और चरण तथा अपनी अध्ययन योजना के बीच बदलें</translation>
    </message>
</context>
<context>
    <name>LearningRoutesPage</name>
    <message>
        <source>&amp;Path:</source>
        <translation>पाथ (&amp;P):</translation>
    </message>
    <message>
        <source>Choose the learning path whose routes and steps are shown</source>
        <translation>वह लर्निंग पाथ चुनें जिसके रूट और चरण दिखाए जाएँ</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>लर्निंग पाथ</translation>
    </message>
    <message>
        <source>Path summary</source>
        <translation>पाथ का सारांश</translation>
    </message>
    <message>
        <source>Ed&amp;ucation routes into the role</source>
        <translation>इस भूमिका तक पहुँचने के शिक्षा रूट (&amp;U)</translation>
    </message>
    <message>
        <source>Education routes into the role, with their kind and duration</source>
        <translation>इस भूमिका तक पहुँचने के शिक्षा रूट, उनके प्रकार और अवधि के साथ</translation>
    </message>
    <message>
        <source>Education routes</source>
        <translation>शिक्षा रूट</translation>
    </message>
    <message>
        <source>S&amp;teps, in order</source>
        <translation>चरण, क्रम से (&amp;T)</translation>
    </message>
    <message>
        <source>The path&apos;s steps in order, with our hour estimates, prerequisites and resources</source>
        <translation>पाथ के चरण क्रम से, हमारे घंटों के अनुमान, पूर्वापेक्षाओं और संसाधनों के साथ</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>सीखने के चरण</translation>
    </message>
    <message>
        <source>Details of the selected route or step, with its sources</source>
        <translation>चुने गए रूट या चरण का विवरण, उसके स्रोतों के साथ</translation>
    </message>
    <message>
        <source>Route or step details</source>
        <translation>रूट या चरण का विवरण</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Career Guide</source>
        <translation>Career Guide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>थीम (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation>अध्ययन योजना प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>भूमिकाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>कौशल (&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation>वेतन (&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation>लर्निंग पाथ (&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>सिस्टम (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>लाइट (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>डार्क (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Career &amp;Tips and FAQ</source>
        <translation>करियर सुझाव और FAQ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>स्रोत (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Career Guide</source>
        <translation>Career Guide के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Roles, skills, salaries and the learning path</source>
        <translation>भूमिकाएँ, कौशल, वेतन और लर्निंग पाथ</translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation>अध्ययन योजना को PDF के रूप में निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;CSV…</source>
        <translation>वेतन तुलना को CSV के रूप में निर्यात करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Export Study Plan to Ca&amp;lendar…</source>
        <translation>अध्ययन योजना को कैलेंडर में निर्यात करें (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>Go back to what was shown before</source>
        <translation>पहले जो दिखाया गया था उस पर वापस जाएँ</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>आगे (&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>फिर से आगे जाएँ</translation>
    </message>
</context>
<context>
    <name>OwnTopicDialog</name>
    <message>
        <source>Your Own Topic</source>
        <translation>आपका अपना विषय</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>शीर्षक (&amp;T):</translation>
    </message>
    <message>
        <source>Topic title</source>
        <translation>विषय का शीर्षक</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>लिंक (&amp;L):</translation>
    </message>
    <message>
        <source>Web address of a resource (optional)</source>
        <translation>किसी संसाधन का वेब पता (वैकल्पिक)</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>घंटे (&amp;H):</translation>
    </message>
    <message>
        <source>Hours of study</source>
        <translation>अध्ययन के घंटे</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>नोट (&amp;N):</translation>
    </message>
    <message>
        <source>Note about the topic</source>
        <translation>विषय के बारे में नोट</translation>
    </message>
    <message>
        <source>What needs fixing</source>
        <translation>क्या ठीक करना है</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>E&amp;ducation:</source>
        <translation>शिक्षा (&amp;D):</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>इससे तुलना करें (&amp;M):</translation>
    </message>
    <message>
        <source>Filter by title (a guide role also by its other names)</source>
        <translation>शीर्षक से फ़िल्टर करें (गाइड की भूमिका उसके अन्य नामों से भी)</translation>
    </message>
    <message>
        <source>Filter careers by title</source>
        <translation>करियर को शीर्षक से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>&amp;Job family:</source>
        <translation>कार्य परिवार (&amp;J):</translation>
    </message>
    <message>
        <source>Filter careers by job family</source>
        <translation>करियर को कार्य परिवार से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>The SOC 2018 major group of the career&apos;s occupation</source>
        <translation>करियर के व्यवसाय का SOC 2018 मुख्य समूह</translation>
    </message>
    <message>
        <source>Job &amp;zone:</source>
        <translation>जॉब ज़ोन (&amp;Z):</translation>
    </message>
    <message>
        <source>Filter careers by O*NET job zone</source>
        <translation>करियर को O*NET जॉब ज़ोन से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>How much preparation the work needs, from O*NET&apos;s job zone 1 (little) to 5 (extensive)</source>
        <translation>काम के लिए कितनी तैयारी चाहिए, O*NET के जॉब ज़ोन 1 (थोड़ी) से 5 (व्यापक) तक</translation>
    </message>
    <message>
        <source>Filter careers by typical entry education</source>
        <translation>करियर को सामान्य प्रवेश शिक्षा से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Typical education needed to enter the occupation (BLS Employment Projections)</source>
        <translation>व्यवसाय में प्रवेश के लिए आवश्यक सामान्य शिक्षा (BLS Employment Projections)</translation>
    </message>
    <message>
        <source>&amp;Growth:</source>
        <translation>वृद्धि (&amp;G):</translation>
    </message>
    <message>
        <source>Filter careers by projected growth</source>
        <translation>करियर को अनुमानित वृद्धि से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34 in the words of BLS&apos;s Occupational Outlook Handbook</source>
        <translation>2024–34 में रोज़गार में अनुमानित बदलाव, BLS की Occupational Outlook Handbook के शब्दों में</translation>
    </message>
    <message>
        <source>Median &amp;pay from:</source>
        <translation>माध्यिका वेतन (&amp;P):</translation>
    </message>
    <message>
        <source>Lowest median annual pay</source>
        <translation>न्यूनतम माध्यिका वार्षिक वेतन</translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at least this much</source>
        <translation>वे करियर दिखाएँ जिनका माध्यिका वार्षिक वेतन (BLS OEWS मई 2024) कम से कम इतना है</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>से (&amp;O)</translation>
    </message>
    <message>
        <source>Highest median annual pay</source>
        <translation>अधिकतम माध्यिका वार्षिक वेतन</translation>
    </message>
    <message>
        <source>Show careers whose median annual wage (BLS OEWS May 2024) is at most this much</source>
        <translation>वे करियर दिखाएँ जिनका माध्यिका वार्षिक वेतन (BLS OEWS मई 2024) अधिक से अधिक इतना है</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>क्रमबद्ध करें (&amp;T):</translation>
    </message>
    <message>
        <source>Sort careers by</source>
        <translation>करियर इसके अनुसार क्रमबद्ध करें</translation>
    </message>
    <message>
        <source>The order of the career list: by name with the guide&apos;s roles first, or by median pay, growth or annual openings, the highest first</source>
        <translation>करियर सूची का क्रम: नाम के अनुसार (गाइड की भूमिकाएँ पहले), या माध्यिका वेतन, वृद्धि या वार्षिक रिक्तियों के अनुसार (सबसे अधिक पहले)</translation>
    </message>
    <message>
        <source>The guide&apos;s roles and every O*NET occupation; choose one to see its page</source>
        <translation>गाइड की भूमिकाएँ और हर O*NET व्यवसाय; उसका पेज देखने के लिए एक चुनें</translation>
    </message>
    <message>
        <source>Careers</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Number of careers shown</source>
        <translation>दिखाए गए करियर की संख्या</translation>
    </message>
    <message>
        <source>Career to compare with</source>
        <translation>तुलना के लिए करियर</translation>
    </message>
    <message>
        <source>Type part of a title or an O*NET code to find a role or occupation; it is shown beside the selected one</source>
        <translation>कोई भूमिका या व्यवसाय खोजने के लिए शीर्षक का भाग या O*NET कोड टाइप करें; वह चयनित करियर के बगल में दिखाया जाता है</translation>
    </message>
    <message>
        <source>The selected career&apos;s page: duties or tasks, skills, pay, outlook and sources, or two careers side by side</source>
        <translation>चयनित करियर का पेज: कर्तव्य या कार्य, कौशल, वेतन, संभावनाएँ और स्रोत, या दो करियर साथ-साथ</translation>
    </message>
    <message>
        <source>Career details</source>
        <translation>करियर विवरण</translation>
    </message>
</context>
<context>
    <name>SalariesTab</name>
    <message>
        <source>R&amp;ole:</source>
        <translation>भूमिका (&amp;O):</translation>
    </message>
    <message>
        <source>Show figures for role</source>
        <translation>इस भूमिका के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>देश (&amp;C):</translation>
    </message>
    <message>
        <source>Show figures for country</source>
        <translation>इस देश के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>स्रोत (&amp;U):</translation>
    </message>
    <message>
        <source>Show figures from source</source>
        <translation>इस स्रोत के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>फ़िल्टर (&amp;T):</translation>
    </message>
    <message>
        <source>Any text: role, country, source, statistic…</source>
        <translation>कोई भी टेक्स्ट: भूमिका, देश, स्रोत, आँकड़ा…</translation>
    </message>
    <message>
        <source>Filter salary figures by text</source>
        <translation>वेतन आँकड़ों को टेक्स्ट से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation>वेतन आँकड़े</translation>
    </message>
    <message>
        <source>Press Enter or double-click to add the figure to the comparison.</source>
        <translation>आँकड़े को तुलना में जोड़ने के लिए Enter दबाएँ या डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>Figure details</source>
        <translation>आँकड़े का विवरण</translation>
    </message>
    <message>
        <source>A&amp;dd to Comparison</source>
        <translation>तुलना में जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Add the selected figure as a new column (Enter or double-click in the table). Up to four.</source>
        <translation>चुने गए आँकड़े को नए कॉलम के रूप में जोड़ें (टेबल में Enter या डबल-क्लिक)। अधिकतम चार।</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected column (Delete in the comparison)</source>
        <translation>चुना गया कॉलम हटाएँ (तुलना में Delete)</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>तुलना से हटाएँ</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Move the selected column left (Ctrl+Shift+Left; or drag its header)</source>
        <translation>चुने गए कॉलम को बाएँ ले जाएँ (Ctrl+Shift+Left; या उसका हेडर खींचें)</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>कॉलम बाएँ ले जाएँ</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Move the selected column right (Ctrl+Shift+Right; or drag its header)</source>
        <translation>चुने गए कॉलम को दाएँ ले जाएँ (Ctrl+Shift+Right; या उसका हेडर खींचें)</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>कॉलम दाएँ ले जाएँ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Remove every column</source>
        <translation>सभी कॉलम हटाएँ</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>तुलना साफ़ करें</translation>
    </message>
    <message>
        <source>Curre&amp;ncy:</source>
        <translation>मुद्रा (&amp;N):</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>प्रदर्शन मुद्रा</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>आधार (&amp;B):</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>रूपांतरण का आधार</translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation>तुलना दृश्य</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>वेतन तुलना</translation>
    </message>
    <message>
        <source>One column per pick. Delete removes a column; Ctrl+Shift+Left and Right move it.</source>
        <translation>हर चयन के लिए एक कॉलम। Delete कॉलम हटाता है; Ctrl+Shift+Left और Right उसे खिसकाते हैं।</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>By Experience</source>
        <translation>अनुभव के अनुसार</translation>
    </message>
    <message>
        <source>Skill Premiums</source>
        <translation>कौशल प्रीमियम</translation>
    </message>
    <message>
        <source>Skill premiums as stated</source>
        <translation>कौशल प्रीमियम, जैसा बताया गया</translation>
    </message>
    <message>
        <source>Saved compar&amp;isons:</source>
        <translation>सहेजी गई तुलनाएँ (&amp;I):</translation>
    </message>
    <message>
        <source>Saved comparison name</source>
        <translation>सहेजी गई तुलना का नाम</translation>
    </message>
    <message>
        <source>Type a name and Save, or pick a saved comparison and Load</source>
        <translation>नाम लिखकर सहेजें, या कोई सहेजी गई तुलना चुनकर लोड करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save the comparison under this name (replaces one of the same name)</source>
        <translation>तुलना को इस नाम से सहेजें (इसी नाम की तुलना बदल दी जाती है)</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>तुलना सहेजें</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>लोड करें</translation>
    </message>
    <message>
        <source>Load saved comparison</source>
        <translation>सहेजी गई तुलना लोड करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete saved comparison</source>
        <translation>सहेजी गई तुलना हटाएँ</translation>
    </message>
    <message>
        <source>Comparison messages</source>
        <translation>तुलना संदेश</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Save the comparison as a CSV file (also File → Export CSV…)</source>
        <translation>तुलना को CSV फ़ाइल के रूप में सहेजें (फ़ाइल → CSV एक्सपोर्ट करें… से भी)</translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>तुलना को CSV के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the comparison</source>
        <translation>तुलना का पूर्वावलोकन करें और प्रिंट करें</translation>
    </message>
    <message>
        <source>Print comparison</source>
        <translation>तुलना प्रिंट करें</translation>
    </message>
    <message>
        <source>Show only figures for this role</source>
        <translation>केवल इस भूमिका के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>Show only figures for this country</source>
        <translation>केवल इस देश के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>Show only figures from this source</source>
        <translation>केवल इस स्रोत के आँकड़े दिखाएँ</translation>
    </message>
    <message>
        <source>The selected figure with its source, date, conversion and notes</source>
        <translation>चुना गया आँकड़ा, उसके स्रोत, तिथि, रूपांतरण और नोट्स के साथ</translation>
    </message>
    <message>
        <source>The currency the comparison is shown in</source>
        <translation>वह मुद्रा जिसमें तुलना दिखाई जाती है</translation>
    </message>
    <message>
        <source>How amounts are converted: market exchange rates or purchasing-power parity</source>
        <translation>राशियाँ कैसे बदली जाती हैं: बाज़ार विनिमय दर या क्रय-शक्ति समता (PPP)</translation>
    </message>
    <message>
        <source>Switch between the comparison table, the charts and the skill premiums</source>
        <translation>तुलना तालिका, चार्ट और कौशल प्रीमियम के बीच बदलें</translation>
    </message>
    <message>
        <source>Load the selected saved comparison</source>
        <translation>चुनी गई सहेजी तुलना लोड करें</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation>चुनी गई सहेजी तुलना हटाएँ</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <source>Type to search; Up and Down choose a result, Enter opens it</source>
        <translation>खोजने के लिए टाइप करें; Up और Down से परिणाम चुनें, Enter से खोलें</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>खोज स्थिति</translation>
    </message>
    <message>
        <source>Search roles, skills, occupations, learning, salaries and states</source>
        <translation>भूमिकाएँ, कौशल, व्यवसाय, सीखना, वेतन और राज्य खोजें</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>क्या आपका मतलब था</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>क्या आपका मतलब था:</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Filter skills</source>
        <translation>कौशल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>श्रेणी (&amp;C):</translation>
    </message>
    <message>
        <source>Skill category</source>
        <translation>कौशल श्रेणी</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>Hard or soft skills</source>
        <translation>हार्ड या सॉफ़्ट कौशल</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>दिखाएँ (&amp;W):</translation>
    </message>
    <message>
        <source>Filter skills by my status</source>
        <translation>मेरी स्थिति के अनुसार कौशल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>H&amp;ot technologies only</source>
        <translation>केवल हॉट टेक्नोलॉजी (&amp;O)</translation>
    </message>
    <message>
        <source>Hot technologies only</source>
        <translation>केवल हॉट टेक्नोलॉजी</translation>
    </message>
    <message>
        <source>Only skills O*NET 29.3 flags as a Hot Technology, one often named in job postings</source>
        <translation>केवल वे कौशल जिन्हें O*NET 29.3 ने Hot Technology चिह्नित किया है, जिनका नाम जॉब पोस्टिंग में अक्सर आता है</translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation>लक्ष्य भूमिका (&amp;T):</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>लक्ष्य भूमिका</translation>
    </message>
    <message>
        <source>The role you are working towards; the gap is what it needs that you do not mark as known</source>
        <translation>वह भूमिका जिसकी ओर आप बढ़ रहे हैं; अंतर वह है जो उसे चाहिए और जिसे आपने ज्ञात चिह्नित नहीं किया है</translation>
    </message>
    <message>
        <source>Skill gap towards the target role</source>
        <translation>लक्ष्य भूमिका की ओर कौशल अंतर</translation>
    </message>
    <message>
        <source>Show only what I still &amp;need</source>
        <translation>केवल वही दिखाएँ जो मुझे अभी चाहिए (&amp;N)</translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that I do not know</source>
        <translation>केवल वे कौशल दिखाएँ जो लक्ष्य भूमिका को चाहिए और जो मुझे नहीं आते</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>M&amp;y status:</source>
        <translation>मेरी स्थिति (&amp;Y):</translation>
    </message>
    <message>
        <source>My status for this skill</source>
        <translation>इस कौशल के लिए मेरी स्थिति</translation>
    </message>
    <message>
        <source>Saved at once; one status per skill, shared by every role</source>
        <translation>तुरंत सहेजा जाता है; हर कौशल की एक स्थिति, जो सभी भूमिकाओं में साझा है</translation>
    </message>
    <message>
        <source>Skill details</source>
        <translation>कौशल का विवरण</translation>
    </message>
    <message>
        <source>Show only skills of this category</source>
        <translation>केवल इस श्रेणी के कौशल दिखाएँ</translation>
    </message>
    <message>
        <source>Show hard skills, soft skills or both</source>
        <translation>हार्ड कौशल, सॉफ़्ट कौशल या दोनों दिखाएँ</translation>
    </message>
    <message>
        <source>Show only skills with this status of yours</source>
        <translation>केवल आपकी इस स्थिति वाले कौशल दिखाएँ</translation>
    </message>
    <message>
        <source>Show only the skills the target role needs that you do not know yet</source>
        <translation>केवल वे कौशल दिखाएँ जो लक्ष्य भूमिका को चाहिए और जो आप अभी नहीं जानते</translation>
    </message>
    <message>
        <source>Skills with their category, kind, roles, O*NET flags and your status</source>
        <translation>कौशल, उनकी श्रेणी, प्रकार, भूमिकाओं, O*NET फ़्लैग और आपकी स्थिति के साथ</translation>
    </message>
    <message>
        <source>The selected skill: the roles that need it, O*NET flags, premiums and learning steps</source>
        <translation>चुना गया कौशल: जिन भूमिकाओं को इसकी ज़रूरत है, O*NET फ़्लैग, प्रीमियम और सीखने के चरण</translation>
    </message>
    <message>
        <source>L&amp;ist:</source>
        <translation>सूची (&amp;I):</translation>
    </message>
    <message>
        <source>Skill list</source>
        <translation>कौशल सूची</translation>
    </message>
    <message>
        <source>Which list to show: the guide&apos;s skills, O*NET skills and knowledge, or technologies</source>
        <translation>कौन-सी सूची दिखानी है: गाइड के कौशल, O*NET कौशल और ज्ञान, या तकनीकें</translation>
    </message>
    <message>
        <source>The guide&apos;s skills, O*NET&apos;s skills and knowledge areas, or the technologies O*NET names (Alt+I)</source>
        <translation>गाइड के कौशल, O*NET के कौशल और ज्ञान क्षेत्र, या O*NET द्वारा बताई गई तकनीकें (Alt+I)</translation>
    </message>
    <message>
        <source>How many entries the list shows</source>
        <translation>सूची में कितनी प्रविष्टियाँ दिख रही हैं</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge areas with how many occupations rate each important, and your status</source>
        <translation>O*NET कौशल और ज्ञान क्षेत्र, साथ में कितने व्यवसाय प्रत्येक को महत्वपूर्ण मानते हैं, और आपकी स्थिति</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>O*NET कौशल और ज्ञान</translation>
    </message>
    <message>
        <source>Technologies O*NET names, with how many occupations list each, In Demand counts, the Hot flag and your status</source>
        <translation>O*NET द्वारा बताई गई तकनीकें, साथ में कितने व्यवसाय प्रत्येक को सूचीबद्ध करते हैं, मांग में गिनती, हॉट चिह्न और आपकी स्थिति</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>तकनीकें</translation>
    </message>
    <message>
        <source>Share of what the target role needs that you know, weighted by importance</source>
        <translation>लक्ष्य भूमिका की ज़रूरत का वह हिस्सा जो आप जानते हैं, महत्व के अनुसार भारित</translation>
    </message>
    <message>
        <source>%p% of what it needs</source>
        <translation>ज़रूरत का %p%</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Sources and what they contributed</source>
        <translation>स्रोत और उनका योगदान</translation>
    </message>
    <message>
        <source>Every source with what it contributed, how to cite it and its licence</source>
        <translation>हर स्रोत, उसका योगदान, उसे कैसे उद्धृत करें और उसका लाइसेंस</translation>
    </message>
</context>
<context>
    <name>StepTopicsPanel</name>
    <message>
        <source>Topics o&amp;f:</source>
        <translation>इसके विषय (&amp;F):</translation>
    </message>
    <message>
        <source>Step whose topics are listed</source>
        <translation>वह चरण जिसके विषय सूचीबद्ध हैं</translation>
    </message>
    <message>
        <source>&amp;Show hidden</source>
        <translation>छिपे हुए दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Show hidden topics</source>
        <translation>छिपे हुए विषय दिखाएँ</translation>
    </message>
    <message>
        <source>Topics of the step</source>
        <translation>चरण के विषय</translation>
    </message>
    <message>
        <source>&amp;Add Topic…</source>
        <translation>विषय जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add your own topic to this step</source>
        <translation>इस चरण में अपना विषय जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit your own topic</source>
        <translation>अपना विषय संपादित करें</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Remove your own topic</source>
        <translation>अपना विषय हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>छिपाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Hide or show the topic</source>
        <translation>विषय छिपाएँ या दिखाएँ</translation>
    </message>
    <message>
        <source>Mo&amp;ve Up</source>
        <translation>ऊपर ले जाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>Move the topic up</source>
        <translation>विषय को ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Move the topic down</source>
        <translation>विषय को नीचे ले जाएँ</translation>
    </message>
</context>
<context>
    <name>StudyPlanCalendar</name>
    <message>
        <source>Week %1 (from %2): %3 h</source>
        <translation>सप्ताह %1 (%2 से): %3 घं</translation>
    </message>
    <message>
        <source>Study plan: %1</source>
        <translation>अध्ययन योजना: %1</translation>
    </message>
    <message>
        <source>%1 h in total</source>
        <translation>कुल %1 घं</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>विषय:</translation>
    </message>
    <message>
        <source>- %1 (%2 h, %3)</source>
        <translation>- %1 (%2 घं, %3)</translation>
    </message>
    <message>
        <source>- %1 (%2 h)</source>
        <translation>- %1 (%2 घं)</translation>
    </message>
</context>
<context>
    <name>StudyPlanDocument</name>
    <message>
        <source>Study plan</source>
        <translation>अध्ययन योजना</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>%1 के लिए तैयार</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>लक्ष्य भूमिका</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रूट</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>गति</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 घंटे प्रति सप्ताह</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तिथियाँ</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>अध्ययन समय</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%2 में से %1 चरण पूरे</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>पहले से ज्ञात</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>छोड़े गए</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>सप्ताह-दर-सप्ताह</translation>
    </message>
    <message>
        <source>Tick a box when you have done that part; each step is finished by the end of its last week.</source>
        <translation>कोई भाग पूरा करने पर बॉक्स पर टिक करें; हर चरण अपने अंतिम सप्ताह के अंत तक पूरा होता है।</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>सप्ताह %1</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>भाग %1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%2 में से %1 घंटे</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>आपका नोट:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Could not start painting the study plan on the printer or file.</source>
        <translation>प्रिंटर या फ़ाइल पर अध्ययन योजना बनाना शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>Could not finish painting the study plan.</source>
        <translation>अध्ययन योजना बनाना पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>इनमें से एक: %1</translation>
    </message>
    <message>
        <source>%1 or the alternative you chose</source>
        <translation>%1 या आपका चुना हुआ विकल्प</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>%1 of %2 topics done</source>
        <translation>%2 में से %1 विषय पूरे</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>पूरे हुए घंटे</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Milestones by month</source>
        <translation>महीने के अनुसार पड़ाव</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Steps finished</source>
        <translation>पूरे हुए चरण</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>by %1, week %2</source>
        <translation>%1 तक, सप्ताह %2</translation>
    </message>
    <message>
        <source>Hours are our own estimates. How each was reached, and the sources the steps were written from, are shown with each step in Career Guide.</source>
        <translation>घंटे हमारे अपने अनुमान हैं। हर अनुमान कैसे निकाला गया और चरण किन स्रोतों से लिखे गए, यह Career Guide में हर चरण के साथ दिखाया जाता है।</translation>
    </message>
    <message>
        <source>What to study</source>
        <translation>क्या पढ़ें</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>finish it this week</source>
        <translation>इसे इसी सप्ताह पूरा करें</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StudyPlanPage</name>
    <message>
        <source>Pla&amp;n:</source>
        <translation>योजना (&amp;N):</translation>
    </message>
    <message>
        <source>Saved study plans</source>
        <translation>सहेजी गई अध्ययन योजनाएँ</translation>
    </message>
    <message>
        <source>New plan (not saved yet)</source>
        <translation>नई योजना (अभी सहेजी नहीं गई)</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>नई (&amp;W)</translation>
    </message>
    <message>
        <source>New study plan</source>
        <translation>नई अध्ययन योजना</translation>
    </message>
    <message>
        <source>Start a new, separate plan; your other plans stay as they are</source>
        <translation>एक नई, अलग योजना शुरू करें; आपकी अन्य योजनाएँ जैसी हैं वैसी ही रहेंगी</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>हटाएँ (&amp;T)</translation>
    </message>
    <message>
        <source>Delete this study plan</source>
        <translation>यह अध्ययन योजना हटाएँ</translation>
    </message>
    <message>
        <source>Delete this plan and the progress recorded in it</source>
        <translation>यह योजना और इसमें दर्ज प्रगति हटाएँ</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>योजना सेटिंग्स</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>नाम (&amp;M):</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>योजना का नाम</translation>
    </message>
    <message>
        <source>Target &amp;job:</source>
        <translation>लक्ष्य जॉब (&amp;J):</translation>
    </message>
    <message>
        <source>Target role and learning path</source>
        <translation>लक्ष्य भूमिका और लर्निंग पाथ</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>रूट (&amp;U):</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>शिक्षा रूट</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>आरंभ तिथि (&amp;D):</translation>
    </message>
    <message>
        <source>Start date of week 1</source>
        <translation>सप्ताह 1 की आरंभ तिथि</translation>
    </message>
    <message>
        <source>Hours per wee&amp;k:</source>
        <translation>प्रति सप्ताह घंटे (&amp;K):</translation>
    </message>
    <message>
        <source>Study hours per week</source>
        <translation>प्रति सप्ताह अध्ययन घंटे</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>Ski&amp;p what I already know</source>
        <translation>जो मुझे पहले से आता है उसे छोड़ें (&amp;P)</translation>
    </message>
    <message>
        <source>Skip steps I already know</source>
        <translation>जो चरण मुझे पहले से आते हैं उन्हें छोड़ें</translation>
    </message>
    <message>
        <source>Leave out steps whose skills are all marked “I know it” on the Skills tab</source>
        <translation>वे चरण छोड़ दें जिनके सभी कौशल कौशल टैब पर “मुझे आता है” चिह्नित हैं</translation>
    </message>
    <message>
        <source>Steps known from the self-assessment</source>
        <translation>स्व-मूल्यांकन से ज्ञात चरण</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>योजना बनाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>Generate and save the study plan</source>
        <translation>अध्ययन योजना बनाएँ और सहेजें</translation>
    </message>
    <message>
        <source>Schedule the steps into dated weeks and save the plan; progress already recorded is kept</source>
        <translation>चरणों को तिथि वाले सप्ताहों में बाँटें और योजना सहेजें; पहले से दर्ज प्रगति बनी रहती है</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>प्रिंट और एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Print the study plan</source>
        <translation>अध्ययन योजना प्रिंट करें</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save the study plan as a PDF file</source>
        <translation>अध्ययन योजना को PDF फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>कैलेंडर में जोड़ें (.ics) (&amp;C)…</translation>
    </message>
    <message>
        <source>Save the study plan as a calendar file</source>
        <translation>अध्ययन योजना को कैलेंडर फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>योजना का सारांश</translation>
    </message>
    <message>
        <source>Week &amp;by week</source>
        <translation>सप्ताह-दर-सप्ताह (&amp;B)</translation>
    </message>
    <message>
        <source>Weeks of the plan</source>
        <translation>योजना के सप्ताह</translation>
    </message>
    <message>
        <source>Steps: t&amp;ick off, set a status, add a note</source>
        <translation>चरण: टिक करें, स्थिति चुनें, नोट जोड़ें (&amp;I)</translation>
    </message>
    <message>
        <source>Steps and progress</source>
        <translation>चरण और प्रगति</translation>
    </message>
    <message>
        <source>N&amp;otify me:</source>
        <translation>मुझे याद दिलाएँ (&amp;O):</translation>
    </message>
    <message>
        <source>Calendar reminder</source>
        <translation>कैलेंडर रिमाइंडर</translation>
    </message>
    <message>
        <source>A reminder the calendar shows for each step of the plan</source>
        <translation>योजना के हर चरण के लिए कैलेंडर जो रिमाइंडर दिखाता है</translation>
    </message>
    <message>
        <source>One all-day event per step, updated in place when you export again</source>
        <translation>हर चरण के लिए पूरे दिन का एक इवेंट, दोबारा निर्यात करने पर उसी जगह अपडेट होता है</translation>
    </message>
</context>
<context>
    <name>StudyPlanScheduler</name>
    <message>
        <source>Hours per week must be between %1 and %2; %3 is not possible.</source>
        <translation>प्रति सप्ताह घंटे %1 और %2 के बीच होने चाहिए; %3 संभव नहीं है।</translation>
    </message>
    <message>
        <source>This learning path has no steps to schedule.</source>
        <translation>इस लर्निंग पाथ में शेड्यूल करने के लिए कोई चरण नहीं है।</translation>
    </message>
    <message>
        <source>The learning path lists the step %1 twice.</source>
        <translation>लर्निंग पाथ में चरण %1 दो बार है।</translation>
    </message>
    <message>
        <source>The step %1 requires %2, which is not a step of this learning path.</source>
        <translation>चरण %1 के लिए %2 आवश्यक है, जो इस लर्निंग पाथ का चरण नहीं है।</translation>
    </message>
    <message>
        <source>The step %1 has no estimated hours (%2), so it cannot be scheduled.</source>
        <translation>चरण %1 के अनुमानित घंटे नहीं हैं (%2), इसलिए इसे शेड्यूल नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Every step of this path is marked as already known; there is nothing left to schedule.</source>
        <translation>इस पाथ का हर चरण पहले से ज्ञात चिह्नित है; शेड्यूल करने के लिए कुछ नहीं बचा।</translation>
    </message>
    <message>
        <source>The prerequisites of these steps go round in a circle, so none of them can start: %1.</source>
        <translation>इन चरणों की पूर्व-आवश्यकताएँ एक चक्र बनाती हैं, इसलिए इनमें से कोई भी शुरू नहीं हो सकता: %1।</translation>
    </message>
    <message>
        <source>At %1 h per week this plan would take %2 weeks, more than the %3 weeks a plan may span. Plan more hours per week or mark steps you already know.</source>
        <translation>%1 घंटे प्रति सप्ताह पर यह योजना %2 सप्ताह लेगी, जो किसी योजना की अधिकतम अवधि %3 सप्ताह से ज़्यादा है। प्रति सप्ताह अधिक घंटे रखें या जो चरण आपको पहले से आते हैं उन्हें चिह्नित करें।</translation>
    </message>
    <message>
        <source>Choose a start date between %1 and %2.</source>
        <translation>%1 और %2 के बीच कोई आरंभ तिथि चुनें।</translation>
    </message>
    <message>
        <source>Starting on %1, this plan would end after %2, the last date a plan can reach. Choose an earlier start date.</source>
        <translation>%1 से शुरू होने पर यह योजना %2 के बाद समाप्त होगी, जो किसी योजना की अंतिम संभव तिथि है। कोई पहले की आरंभ तिथि चुनें।</translation>
    </message>
</context>
<context>
    <name>StudyPlanStore</name>
    <message>
        <source>Could not read your study plans: %1</source>
        <translation>आपकी अध्ययन योजनाएँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>योजना को एक नाम दें।</translation>
    </message>
    <message>
        <source>Choose the learning path the plan follows.</source>
        <translation>वह लर्निंग पाथ चुनें जिसका योजना पालन करे।</translation>
    </message>
    <message>
        <source>A plan needs at least one hour a week.</source>
        <translation>योजना के लिए प्रति सप्ताह कम से कम एक घंटा चाहिए।</translation>
    </message>
    <message>
        <source>Choose a valid start date for the plan.</source>
        <translation>योजना के लिए एक मान्य आरंभ तिथि चुनें।</translation>
    </message>
    <message>
        <source>There is already a plan called “%1”; choose another name.</source>
        <translation>“%1” नाम की योजना पहले से है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Could not save the plan “%1”: %2</source>
        <translation>योजना “%1” सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The plan “%1” no longer exists.</source>
        <translation>योजना “%1” अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not delete the plan: %1</source>
        <translation>योजना हटाई नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not read the progress of this plan: %1</source>
        <translation>इस योजना की प्रगति पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not save your progress: %1</source>
        <translation>आपकी प्रगति सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not save the plan “%1”</source>
        <translation>योजना “%1” सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>The plan “%1” was deleted in another window; it is no longer saved.</source>
        <translation>योजना “%1” किसी दूसरी विंडो में हटा दी गई; वह अब सहेजी हुई नहीं है।</translation>
    </message>
    <message>
        <source>The plan “%1” was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation>योजना “%1” यहाँ दिखाए जाने के बाद किसी दूसरी विंडो में बदल गई, इसलिए आपका बदलाव सहेजा नहीं गया। योजना अब वही दिखा रही है जो सहेजा गया है; चाहें तो अपना बदलाव फिर से करें।</translation>
    </message>
    <message>
        <source>Could not save your progress</source>
        <translation>आपकी प्रगति सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>This plan was deleted in another window; your progress was not saved.</source>
        <translation>यह योजना किसी दूसरी विंडो में हटा दी गई; आपकी प्रगति सहेजी नहीं गई।</translation>
    </message>
    <message>
        <source>This step was changed in another window since it was shown here, so your change was not saved. The plan now shows what is saved; make your change again if you still want it.</source>
        <translation>यह चरण यहाँ दिखाए जाने के बाद किसी दूसरी विंडो में बदल गया, इसलिए आपका बदलाव सहेजा नहीं गया। योजना अब वही दिखा रही है जो सहेजा गया है; चाहें तो अपना बदलाव फिर से करें।</translation>
    </message>
</context>
<context>
    <name>TipsDialog</name>
    <message>
        <source>Career Tips and FAQ</source>
        <translation>करियर सुझाव और FAQ</translation>
    </message>
    <message>
        <source>Career tips and frequently asked questions</source>
        <translation>करियर सुझाव और अक्सर पूछे जाने वाले प्रश्न</translation>
    </message>
    <message>
        <source>Advice on interviews, résumés, portfolios and professional bodies, and answers to common questions</source>
        <translation>इंटरव्यू, रिज़्यूमे, पोर्टफ़ोलियो और पेशेवर संस्थाओं पर सलाह, और आम सवालों के जवाब</translation>
    </message>
</context>
<context>
    <name>cg</name>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 क्षतिग्रस्त है: %2</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>एक फ़ोल्डर</translation>
    </message>
    <message>
        <source>a block device (a disk or partition)</source>
        <translation>एक ब्लॉक डिवाइस (डिस्क या पार्टिशन)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>एक कैरेक्टर डिवाइस</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>एक नामित पाइप</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>एक सॉकेट</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>सामान्य फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>PDF फ़ाइल %1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not save the PDF file %1 (%2). Any file of that name was left as it was.</source>
        <translation>PDF फ़ाइल %1 सहेजी नहीं जा सकी (%2)। उस नाम की कोई भी फ़ाइल जैसी थी वैसी ही छोड़ दी गई।</translation>
    </message>
</context>
<context>
    <name>cg::CareerFitModel</name>
    <message>
        <source>%1%</source>
        <extracomment>a fit score in whole percent</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>रेटिंग नहीं</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>The guide lists no skills for this role.</source>
        <translation>गाइड इस भूमिका के लिए कोई कौशल नहीं बताता।</translation>
    </message>
    <message>
        <source>O*NET publishes no usable skill or knowledge ratings for this occupation, so it is not scored.</source>
        <translation>O*NET इस व्यवसाय के लिए कौशल या ज्ञान की कोई उपयोग योग्य रेटिंग प्रकाशित नहीं करता, इसलिए इसे अंक नहीं दिए गए।</translation>
    </message>
    <message>
        <source>Share of the role&apos;s skills you know, each weighed by its importance (1 useful to 5 essential).</source>
        <translation>भूमिका के कौशलों में से आपके जाने हुए कौशलों का हिस्सा, हर कौशल उसके महत्व (1 उपयोगी से 5 अनिवार्य) के अनुसार भारित।</translation>
    </message>
    <message>
        <source>Share of the occupation&apos;s O*NET skills and knowledge you know, each weighed by importance × level.</source>
        <translation>व्यवसाय के O*NET कौशल और ज्ञान में से आपके जाने हुए का हिस्सा, हर एक महत्व × स्तर के अनुसार भारित।</translation>
    </message>
    <message>
        <source>Most important to learn: %1</source>
        <extracomment>%1 the skills or knowledge areas still to learn, most important first</extracomment>
        <translation>सीखने के लिए सबसे महत्वपूर्ण: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>अनुकूलता</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>प्रमुख अंतर</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>माध्यिका वेतन</translation>
    </message>
    <message>
        <source>U.S. national annual median wage, BLS OEWS; hover a figure for its source and date.</source>
        <translation>U.S. राष्ट्रीय वार्षिक माध्यिका वेतन, BLS OEWS; स्रोत और तिथि देखने के लिए किसी आँकड़े पर होवर करें।</translation>
    </message>
    <message>
        <source>How much of what the career needs you know, weighted by importance.</source>
        <translation>करियर को जो चाहिए उसमें से आप कितना जानते हैं, महत्व के अनुसार भारित।</translation>
    </message>
</context>
<context>
    <name>cg::CareerFitPage</name>
    <message>
        <source>Careers that fit me</source>
        <translation>मेरे अनुकूल करियर</translation>
    </message>
    <message>
        <source>Filter careers</source>
        <translation>करियर फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Career name or code</source>
        <translation>करियर का नाम या कोड</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>फ़िल्टर (&amp;I):</translation>
    </message>
    <message>
        <source>Curated roles o&amp;nly</source>
        <translation>केवल क्यूरेट की गई भूमिकाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>Curated roles only</source>
        <translation>केवल क्यूरेट की गई भूमिकाएँ</translation>
    </message>
    <message>
        <source>Show &amp;Moves</source>
        <translation>बदलाव दिखाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Show career moves from the selected career</source>
        <translation>चुने गए करियर से करियर बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>Careers ranked by fit</source>
        <translation>अनुकूलता के क्रम में करियर</translation>
    </message>
    <message>
        <source>Mark skills you know on the Skills tab (guide skills, or O*NET skills and knowledge) and every career is ranked here by how much of what it needs you already know.</source>
        <translation>कौशल टैब पर वे कौशल चिह्नित करें जो आप जानते हैं (गाइड कौशल, या O*NET कौशल और ज्ञान), और यहाँ हर करियर इस आधार पर क्रम में रखा जाता है कि उसकी ज़रूरत का कितना हिस्सा आप पहले से जानते हैं।</translation>
    </message>
    <message>
        <source>&amp;Go to the Skills Tab</source>
        <translation>कौशल टैब पर जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>Go to the Skills tab</source>
        <translation>कौशल टैब पर जाएँ</translation>
    </message>
    <message>
        <source>Career moves</source>
        <translation>करियर बदलाव</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>वर्तमान जॉब</translation>
    </message>
    <message>
        <source>Type or choose a role or occupation</source>
        <translation>कोई भूमिका या व्यवसाय टाइप करें या चुनें</translation>
    </message>
    <message>
        <source>Current &amp;job:</source>
        <translation>वर्तमान जॉब (&amp;J):</translation>
    </message>
    <message>
        <source>&amp;Plan This Move</source>
        <translation>इस बदलाव की योजना बनाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Plan this move</source>
        <translation>इस बदलाव की योजना बनाएँ</translation>
    </message>
    <message>
        <source>Start a study plan toward the selected occupation</source>
        <translation>चुने गए व्यवसाय की ओर एक अध्ययन योजना शुरू करें</translation>
    </message>
    <message>
        <source>Career moves from the current job</source>
        <translation>वर्तमान जॉब से करियर बदलाव</translation>
    </message>
    <message>
        <source>Choose your current job, or select a career above and press Show Moves, to see the occupations O*NET relates to it, with your fit and the change in pay.</source>
        <translation>O*NET जिन व्यवसायों को इससे संबंधित बताता है, उन्हें आपकी अनुकूलता और वेतन में बदलाव के साथ देखने के लिए अपना वर्तमान जॉब चुनें, या ऊपर कोई करियर चुनकर बदलाव दिखाएँ दबाएँ।</translation>
    </message>
    <message>
        <source>The careers could not be read: %1</source>
        <translation>करियर पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (भूमिका)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your skill marks could not be read: %1</source>
        <translation>आपके कौशल चिह्न पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Fit is weighted by importance. Pay: U.S. national annual median, %1, as of %2; a role shows the pay of its first occupation.</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation>अनुकूलता महत्व के अनुसार भारित है। वेतन: U.S. राष्ट्रीय वार्षिक माध्यिका, %1, %2 तक; भूमिका अपने पहले व्यवसाय का वेतन दिखाती है।</translation>
    </message>
    <message>
        <source>The related occupations could not be read: %1</source>
        <translation>संबंधित व्यवसाय पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>O*NET lists no related occupations for %1.</source>
        <translation>O*NET %1 के लिए कोई संबंधित व्यवसाय सूचीबद्ध नहीं करता।</translation>
    </message>
    <message>
        <source>%1 is a role of this guide: its moves and pay are those of its first occupation, %2 (%3), as O*NET relates it to others. Pay change: annual medians, BLS OEWS.</source>
        <extracomment>%1 role, %2 its first occupation&apos;s title, %3 that occupation&apos;s code</extracomment>
        <translation>%1 इस गाइड की एक भूमिका है: इसके बदलाव और वेतन इसके पहले व्यवसाय %2 (%3) के हैं, जैसा O*NET उसे दूसरों से जोड़ता है। वेतन में बदलाव: वार्षिक माध्यिकाएँ, BLS OEWS।</translation>
    </message>
    <message>
        <source>O*NET&apos;s related occupations of %1, closest first. Pay change: their annual median minus this one&apos;s, BLS OEWS.</source>
        <translation>O*NET के अनुसार %1 से संबंधित व्यवसाय, सबसे निकट पहले। वेतन में बदलाव: उनकी वार्षिक माध्यिका में से इसकी माध्यिका घटाकर, BLS OEWS।</translation>
    </message>
</context>
<context>
    <name>cg::CareerMoveModel</name>
    <message>
        <source>Primary, short move</source>
        <translation>प्राथमिक, छोटा बदलाव</translation>
    </message>
    <message>
        <source>Primary, longer move</source>
        <translation>प्राथमिक, लंबा बदलाव</translation>
    </message>
    <message>
        <source>Supplemental</source>
        <translation>पूरक</translation>
    </message>
    <message>
        <source>not in this guide</source>
        <translation>इस गाइड में नहीं</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown: BLS publishes no annual median for one of the two, or both are above its top figure.</source>
        <translation>अज्ञात: BLS दोनों में से किसी एक के लिए वार्षिक माध्यिका प्रकाशित नहीं करता, या दोनों उसकी ऊपरी सीमा से ऊपर हैं।</translation>
    </message>
    <message>
        <source>Related occupation</source>
        <translation>संबंधित व्यवसाय</translation>
    </message>
    <message>
        <source>O*NET tier</source>
        <translation>O*NET श्रेणी</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>अनुकूलता</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>प्रमुख अंतर</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>माध्यिका वेतन</translation>
    </message>
    <message>
        <source>Pay change</source>
        <translation>वेतन में बदलाव</translation>
    </message>
    <message>
        <source>Its annual median minus that of where you are now (BLS OEWS). A median BLS tops out at $239,200 makes the change “at least” or “at most”.</source>
        <translation>इसकी वार्षिक माध्यिका में से आपकी वर्तमान जगह की माध्यिका घटाकर (BLS OEWS)। यदि कोई माध्यिका BLS की ऊपरी सीमा $239,200 पर रुकती है, तो बदलाव “कम से कम” या “अधिक से अधिक” होता है।</translation>
    </message>
</context>
<context>
    <name>cg::CareerPay</name>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>No national annual median is published for this career.</source>
        <translation>इस करियर के लिए कोई राष्ट्रीय वार्षिक माध्यिका प्रकाशित नहीं है।</translation>
    </message>
    <message>
        <source>Annual median, %1 (as of %2)</source>
        <extracomment>%1 source title, %2 its as-of date</extracomment>
        <translation>वार्षिक माध्यिका, %1 (%2 तक)</translation>
    </message>
    <message>
        <source>A role has no wage of its own: this is the pay of its first occupation, %1 (%2).</source>
        <extracomment>%1 the occupation&apos;s title, %2 its O*NET-SOC code</extracomment>
        <translation>किसी भूमिका का अपना कोई वेतन नहीं होता: यह उसके पहले व्यवसाय %1 (%2) का वेतन है।</translation>
    </message>
</context>
<context>
    <name>cg::CatalogueListModel</name>
    <message>
        <source>Guide</source>
        <translation>गाइड</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>करियर</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>माध्यिका वेतन</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>वृद्धि</translation>
    </message>
    <message>
        <source>Guide: a role this guide describes in depth. O*NET: an official occupation.</source>
        <translation>गाइड: एक भूमिका जिसका यह गाइड विस्तार से वर्णन करता है। O*NET: एक आधिकारिक व्यवसाय।</translation>
    </message>
    <message>
        <source>Median annual wage, BLS OEWS May 2024 (national)</source>
        <translation>माध्यिका वार्षिक वेतन, BLS OEWS मई 2024 (राष्ट्रीय)</translation>
    </message>
    <message>
        <source>O*NET occupation %1</source>
        <translation>O*NET व्यवसाय %1</translation>
    </message>
    <message>
        <source>A role in the guide</source>
        <translation>गाइड में एक भूमिका</translation>
    </message>
    <message>
        <source>A role in the guide, filed under O*NET %1</source>
        <translation>गाइड में एक भूमिका, O*NET %1 के अंतर्गत दर्ज</translation>
    </message>
    <message>
        <source>%1; growth: %2</source>
        <translation>%1; वृद्धि: %2</translation>
    </message>
    <message>
        <source>%1, %2; growth: %3</source>
        <translation>%1, %2; वृद्धि: %3</translation>
    </message>
    <message>
        <source>Projected change in employment 2024–34, BLS Employment Projections</source>
        <translation>2024–34 में रोज़गार में अनुमानित बदलाव, BLS Employment Projections</translation>
    </message>
</context>
<context>
    <name>cg::CataloguePickModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cg::ComparisonCsvWriter</name>
    <message>
        <source>at least %1</source>
        <translation>कम से कम %1</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>वेतन तुलना</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>प्रदर्शन मुद्रा</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>रूपांतरण का आधार</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>राउंडिंग</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>चयन %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>देश कोड</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>बताई गई राशि</translation>
    </message>
    <message>
        <source>Currency as stated</source>
        <translation>बताई गई मुद्रा</translation>
    </message>
    <message>
        <source>Converted to %1</source>
        <translation>%1 में रूपांतरित</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>कोई दर नहीं</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>रूपांतरित नहीं</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>रूपांतरण</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Rate date or PPP year</source>
        <translation>दर की तिथि या PPP वर्ष</translation>
    </message>
    <message>
        <source>Rate source</source>
        <translation>दर का स्रोत</translation>
    </message>
    <message>
        <source>Difference to pick 1 (%1)</source>
        <translation>चयन 1 से अंतर (%1)</translation>
    </message>
    <message>
        <source>Difference to pick 1 (%)</source>
        <translation>चयन 1 से अंतर (%)</translation>
    </message>
    <message>
        <source>Difference note</source>
        <translation>अंतर पर टिप्पणी</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>25वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>मीडियन</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिखी जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Any file of that name was left as it was.</source>
        <translation>%1 सहेजी नहीं जा सकी (%2)। उस नाम की कोई भी फ़ाइल जैसी थी वैसी ही छोड़ दी गई।</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>Regional price parity</source>
        <translation>क्षेत्रीय मूल्य समता</translation>
    </message>
    <message>
        <source>BEA RPP %1: %2 (%3)</source>
        <translation>BEA RPP %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cg::ContentDatabase</name>
    <message>
        <source>no content database was given</source>
        <translation>कोई कंटेंट डेटाबेस नहीं दिया गया</translation>
    </message>
    <message>
        <source>the content database %1 does not exist</source>
        <translation>कंटेंट डेटाबेस %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the content database %1 is not a readable file</source>
        <translation>कंटेंट डेटाबेस %1 पढ़ने योग्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 SQLite डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खोला जा सका: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is not a Career Guide content database</source>
        <translation>%1 Career Guide कंटेंट डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>%1 का स्कीमा संस्करण पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 has content schema version %2, but this build reads version %3</source>
        <translation>%1 का कंटेंट स्कीमा संस्करण %2 है, लेकिन यह बिल्ड संस्करण %3 पढ़ता है</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds %2 bytes, but its header records %3</source>
        <translation>%1 क्षतिग्रस्त है: इसमें %2 बाइट हैं, पर इसका हेडर %3 दर्ज करता है</translation>
    </message>
    <message>
        <source>%1 is not a complete content database: it has no table %2</source>
        <translation>%1 पूरा सामग्री डेटाबेस नहीं है: इसमें तालिका %2 नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a complete content database: its table %2 has no column %3</source>
        <translation>%1 पूरा सामग्री डेटाबेस नहीं है: इसकी तालिका %2 में कॉलम %3 नहीं है</translation>
    </message>
</context>
<context>
    <name>cg::CurrencyConverter</name>
    <message>
        <source>GDP</source>
        <translation>GDP</translation>
    </message>
    <message>
        <source>private consumption</source>
        <translation>निजी उपभोग</translation>
    </message>
    <message>
        <source>%1 is not the currency of exactly one country with PPP factors; name the country whose prices to use</source>
        <translation>%1 ठीक एक ऐसे देश की मुद्रा नहीं है जिसके PPP फ़ैक्टर हों; वह देश बताएँ जिसकी कीमतें उपयोग करनी हैं</translation>
    </message>
    <message>
        <source>The amount has no valid currency.</source>
        <translation>राशि की कोई मान्य मुद्रा नहीं है।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code.</source>
        <translation>&apos;%1&apos; कोई मुद्रा कोड नहीं है।</translation>
    </message>
    <message>
        <source>The conversion has no date.</source>
        <translation>रूपांतरण की कोई तिथि नहीं है।</translation>
    </message>
    <message>
        <source>Same currency: no conversion</source>
        <translation>एक ही मुद्रा: कोई रूपांतरण नहीं</translation>
    </message>
    <message>
        <source>No ECB reference rate for %1.</source>
        <translation>%1 के लिए कोई ECB संदर्भ दर नहीं।</translation>
    </message>
    <message>
        <source>No ECB reference rate for %1 on %2 or in the %3 days before.</source>
        <translation>%1 के लिए %2 को या उससे पहले के %3 दिनों में कोई ECB संदर्भ दर नहीं।</translation>
    </message>
    <message>
        <source>The amount is too large to convert exactly.</source>
        <translation>राशि सटीक रूप से रूपांतरित करने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>ECB reference rate of %1</source>
        <translation>%1 की ECB संदर्भ दर</translation>
    </message>
    <message>
        <source>%1 (no rate on %2)</source>
        <translation>%1 (%2 को कोई दर नहीं)</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4, derived through EUR</source>
        <translation>1 %1 = %2 %3, %4, EUR के माध्यम से निकाला गया</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4</source>
        <translation>1 %1 = %2 %3, %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166 country code.</source>
        <translation>&apos;%1&apos; कोई ISO 3166 देश कोड नहीं है।</translation>
    </message>
    <message>
        <source>Same country and currency: no conversion</source>
        <translation>एक ही देश और मुद्रा: कोई रूपांतरण नहीं</translation>
    </message>
    <message>
        <source>No year from %1 back to %2 has World Bank PPP factors (%3) for both %4 and %5.</source>
        <translation>%1 से पीछे %2 तक किसी भी वर्ष में %4 और %5 दोनों के लिए World Bank PPP फ़ैक्टर (%3) नहीं हैं।</translation>
    </message>
    <message>
        <source>No World Bank PPP factor (%1) for %2 in %3 or the %4 years before.</source>
        <translation>%2 के लिए %3 में या उससे पहले के %4 वर्षों में कोई World Bank PPP फ़ैक्टर (%1) नहीं।</translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, but the amount is in %3.</source>
        <translation>%1 का PPP फ़ैक्टर %2 में है, लेकिन राशि %3 में है।</translation>
    </message>
    <message>
        <source>The PPP factor for %1 is in %2, not %3.</source>
        <translation>%1 का PPP फ़ैक्टर %2 में है, %3 में नहीं।</translation>
    </message>
    <message>
        <source>%1 (none yet for %2)</source>
        <translation>%1 (%2 के लिए अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>1 %1 in %2 = %3 %4 in %5 at purchasing-power parity, World Bank PPP factors (%6) of %7, through international $</source>
        <translation>%2 में 1 %1 = %5 में %3 %4, क्रय-शक्ति समता पर, %7 के World Bank PPP फ़ैक्टर (%6), अंतरराष्ट्रीय $ के माध्यम से</translation>
    </message>
    <message>
        <source>No regional price index to adjust by.</source>
        <translation>समायोजन के लिए कोई क्षेत्रीय मूल्य सूचकांक नहीं है।</translation>
    </message>
</context>
<context>
    <name>cg::ExchangeRates</name>
    <message>
        <source>cannot read exchange rates: %1</source>
        <translation>विनिमय दरें पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>fx_rate %1 %2: &apos;%3&apos; is not a usable rate</source>
        <translation>fx_rate %1 %2: &apos;%3&apos; उपयोग योग्य दर नहीं है</translation>
    </message>
    <message>
        <source>fx_rate: &apos;%1&apos; is not a currency code</source>
        <translation>fx_rate: &apos;%1&apos; मुद्रा कोड नहीं है</translation>
    </message>
</context>
<context>
    <name>cg::ExperienceChartView</name>
    <message>
        <source>Pay by experience chart</source>
        <translation>अनुभव के अनुसार वेतन चार्ट</translation>
    </message>
    <message>
        <source>Average pay for 0–1 years, all levels and 15+ years of experience, per role, as stated. The salary table lists the same figures.</source>
        <translation>हर भूमिका के लिए 0–1 वर्ष, सभी स्तरों और 15+ वर्ष के अनुभव का औसत वेतन, जैसा बताया गया। वेतन टेबल में यही आँकड़े हैं।</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>वेतन</translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated — %2, %3, as of %4</source>
        <translation>अनुभव के अनुसार %1 वेतन, जैसा बताया गया — %2, %3, %4 तक</translation>
    </message>
    <message>
        <source>%1 pay by experience, as stated</source>
        <translation>अनुभव के अनुसार %1 वेतन, जैसा बताया गया</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5</source>
        <translation>%1, %2: %3 %4
%5</translation>
    </message>
    <message>
        <source>No role has pay by experience</source>
        <translation>किसी भी भूमिका का अनुभव के अनुसार वेतन नहीं है</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cg::GrowthCategories</name>
    <message>
        <source>Declining</source>
        <translation>घट रहा है</translation>
    </message>
    <message>
        <source>Little or no change</source>
        <translation>बहुत कम या कोई बदलाव नहीं</translation>
    </message>
    <message>
        <source>Slower than average</source>
        <translation>औसत से धीमा</translation>
    </message>
    <message>
        <source>As fast as average</source>
        <translation>औसत जितना तेज़</translation>
    </message>
    <message>
        <source>Faster than average</source>
        <translation>औसत से तेज़</translation>
    </message>
    <message>
        <source>Much faster than average</source>
        <translation>औसत से बहुत तेज़</translation>
    </message>
    <message>
        <source>No projection</source>
        <translation>कोई अनुमान नहीं</translation>
    </message>
</context>
<context>
    <name>cg::LearningPathTab</name>
    <message>
        <source>Study plan</source>
        <translation>अध्ययन योजना</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, %2 तक</translation>
    </message>
    <message>
        <source>Kind: %1. Duration: %2.</source>
        <translation>प्रकार: %1। अवधि: %2।</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>बताया नहीं गया</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>चरण %1: %2</translation>
    </message>
    <message>
        <source>Hours: about %1 — %2</source>
        <translation>घंटे: लगभग %1 — %2</translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation>इसके बाद आता है: %1</translation>
    </message>
    <message>
        <source>(you know it)</source>
        <translation>(आपको आता है)</translation>
    </message>
    <message>
        <source>Skills it teaches</source>
        <translation>यह कौन-से कौशल सिखाता है</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>संसाधन</translation>
    </message>
    <message>
        <source>course</source>
        <translation>कोर्स</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>job simulation</source>
        <translation>जॉब सिमुलेशन</translation>
    </message>
    <message>
        <source>professional body</source>
        <translation>पेशेवर संस्था</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>%1 लगता है</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>रेटिंग %1</translation>
    </message>
    <message>
        <source>%1 learners</source>
        <translation>%1 शिक्षार्थी</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation>यह योजना शेड्यूल नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>There is no study plan yet. On Learning Path → Study plan, choose your settings and press Generate plan.</source>
        <translation>अभी कोई अध्ययन योजना नहीं है। लर्निंग पाथ → अध्ययन योजना में अपनी सेटिंग्स चुनें और योजना बनाएँ दबाएँ।</translation>
    </message>
    <message>
        <source>R&amp;outes and steps</source>
        <translation>रूट और चरण (&amp;O)</translation>
    </message>
    <message>
        <source>Stud&amp;y plan</source>
        <translation>अध्ययन योजना (&amp;Y)</translation>
    </message>
    <message>
        <source>Careers that fit me</source>
        <translation>मेरे अनुकूल करियर</translation>
    </message>
</context>
<context>
    <name>cg::LearningRoutesPage</name>
    <message>
        <source>Steps: %1 · hours in all: about %2 (our estimate)</source>
        <translation>चरण: %1 · कुल घंटे: लगभग %2 (हमारा अनुमान)</translation>
    </message>
    <message>
        <source>The sum of our estimate for each step; select a step to see how its estimate was reached.</source>
        <translation>हर चरण के हमारे अनुमान का योग; कोई चरण चुनकर देखें कि उसका अनुमान कैसे निकाला गया।</translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>&amp;Roles</source>
        <translation>भूमिकाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>कौशल (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;alaries</source>
        <translation>वेतन (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Learning Path</source>
        <translation>लर्निंग पाथ (&amp;L)</translation>
    </message>
    <message>
        <source>Save the salary comparison as a CSV file</source>
        <translation>वेतन तुलना को CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Content %1, as of %2</source>
        <translation>कंटेंट %1, %2 तक</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>कंटेंट संस्करण</translation>
    </message>
    <message>
        <source>Read-only: your changes are not saved</source>
        <translation>केवल-पढ़ने योग्य: आपके बदलाव सहेजे नहीं जाते</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + रेखांकित अक्षर</translation>
    </message>
    <message>
        <source>Go to that menu, tab, field or button</source>
        <translation>उस मेनू, टैब, फ़ील्ड या बटन पर जाएँ</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>अगला / पिछला कंट्रोल</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>About Career Guide</source>
        <translation>Career Guide के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Guide %1&lt;/h3&gt;&lt;p&gt;An offline guide to the back-end developer career and the roles around it.&lt;/p&gt;&lt;p&gt;Content %2, as of %3. Every figure names its source and date; see Help → Sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Career Guide %1&lt;/h3&gt;&lt;p&gt;बैक-एंड डेवलपर करियर और उससे जुड़ी भूमिकाओं के लिए एक ऑफ़लाइन गाइड।&lt;/p&gt;&lt;p&gt;कंटेंट %2, %3 तक। हर आँकड़ा अपना स्रोत और तिथि बताता है; सहायता → स्रोत देखें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Career Guide</source>
        <translation>Career Guide</translation>
    </message>
    <message>
        <source>Content %1, as of %2 (content in English)</source>
        <translation>कंटेंट %1, %2 तक (कंटेंट अंग्रेज़ी में)</translation>
    </message>
    <message>
        <source>Your data was changed in another window; showing it as saved now.</source>
        <translation>आपका डेटा किसी दूसरी विंडो में बदला गया; अब उसे सहेजे गए रूप में दिखाया जा रहा है।</translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file: here it is.</source>
        <translation>Career Guide इस डेटा फ़ाइल के साथ पहले से खुला है: यह रहा।</translation>
    </message>
    <message>
        <source>Part of the guide&apos;s content could not be read, so what is shown may be incomplete: %1</source>
        <translation>गाइड की कुछ सामग्री पढ़ी नहीं जा सकी, इसलिए जो दिख रहा है वह अधूरा हो सकता है: %1</translation>
    </message>
    <message>
        <source>&amp;Print Salary Comparison…</source>
        <translation>वेतन तुलना प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print Study Plan…</source>
        <translation>अध्ययन योजना प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Export Salary Comparison as &amp;PDF…</source>
        <translation>वेतन तुलना को PDF के रूप में निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Export Study Plan as &amp;PDF…</source>
        <translation>अध्ययन योजना को PDF के रूप में निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>पीछे (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>आगे (%1)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>नेविगेशन</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Go back to what was shown before (%1)</source>
        <translation>पहले जो दिखाया गया था उस पर वापस जाएँ (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Go forward again (%1)</source>
        <translation>फिर से आगे जाएँ (%1)</translation>
    </message>
    <message>
        <source>Mouse back / forward button</source>
        <translation>माउस का पीछे / आगे बटन</translation>
    </message>
    <message>
        <source>Back / Forward</source>
        <translation>पीछे / आगे</translation>
    </message>
</context>
<context>
    <name>cg::Money</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; कोई ISO 4217 मुद्रा कोड नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain decimal amount</source>
        <translation>&apos;%1&apos; एक सामान्य दशमलव राशि नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; बहुत बड़ी है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than %2 has minor units</source>
        <translation>&apos;%1&apos; में %2 की छोटी इकाइयों से अधिक दशमलव अंक हैं</translation>
    </message>
</context>
<context>
    <name>cg::NoteDelegate</name>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>A note holds up to %1 characters; the rest was not added.</source>
        <translation>एक नोट में अधिकतम %1 अक्षर हो सकते हैं; बाकी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Up to %1 characters</source>
        <translation>अधिकतम %1 अक्षर</translation>
    </message>
</context>
<context>
    <name>cg::OfficialFigure</name>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>कोई अनुमान नहीं</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>cg::OnetElementTableModel</name>
    <message>
        <source>Knowledge</source>
        <translation>ज्ञान</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Occupations that rate it %1 or more of 5 in importance (O*NET 29.3)</source>
        <translation>वे व्यवसाय जो महत्व में इसे 5 में से %1 या अधिक अंक देते हैं (O*NET 29.3)</translation>
    </message>
    <message>
        <source>Skill or knowledge</source>
        <translation>कौशल या ज्ञान</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>मेरी स्थिति</translation>
    </message>
</context>
<context>
    <name>cg::OnetSkillPageDocument</name>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>O*NET knowledge area</source>
        <translation>O*NET ज्ञान क्षेत्र</translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation>O*NET कौशल</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Occupations where it matters most</source>
        <translation>वे व्यवसाय जहाँ यह सबसे अधिक मायने रखता है</translation>
    </message>
    <message>
        <source>No occupation rates it %1 or more of 5 in importance in O*NET 29.3.</source>
        <translation>O*NET 29.3 में कोई भी व्यवसाय महत्व में इसे 5 में से %1 या अधिक अंक नहीं देता।</translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5). The %3 where it is most important, with the level they need (0 to 7):</source>
        <translation>%1 व्यवसाय इसे महत्वपूर्ण मानते हैं (5 में से %2 या अधिक)। वे %3 जहाँ यह सबसे महत्वपूर्ण है, उनके लिए आवश्यक स्तर (0 से 7) के साथ:</translation>
    </message>
    <message>
        <source>%1 occupations rate it important (%2 or more of 5), most important first, with the level they need (0 to 7):</source>
        <translation>%1 व्यवसाय इसे महत्वपूर्ण मानते हैं (5 में से %2 या अधिक), सबसे महत्वपूर्ण पहले, उनके लिए आवश्यक स्तर (0 से 7) के साथ:</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>O*NET-SOC code</source>
        <translation>O*NET-SOC कोड</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>महत्व</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5 में से %1</translation>
    </message>
    <message>
        <source>%1 of 7</source>
        <translation>7 में से %1</translation>
    </message>
    <message>
        <source>%1 more occupations rate it important.</source>
        <translation>%1 और व्यवसाय इसे महत्वपूर्ण मानते हैं।</translation>
    </message>
    <message>
        <source>Estimates O*NET recommends suppressing (low precision) are left out.</source>
        <translation>वे अनुमान छोड़ दिए गए हैं जिन्हें O*NET छिपाने की सलाह देता है (कम सटीकता)।</translation>
    </message>
    <message>
        <source>Technology · Hot Technology</source>
        <translation>तकनीक · हॉट टेक्नोलॉजी</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>तकनीक</translation>
    </message>
    <message>
        <source>A Hot Technology: one of the technologies employers name most often in job postings.</source>
        <translation>हॉट टेक्नोलॉजी: उन तकनीकों में से एक जिनका नाम नियोक्ता नौकरी विज्ञापनों में सबसे अधिक लेते हैं।</translation>
    </message>
    <message>
        <source>Occupations that use it</source>
        <translation>वे व्यवसाय जो इसका उपयोग करते हैं</translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no occupation for this technology.</source>
        <translation>O*NET 29.3 इस तकनीक के लिए कोई व्यवसाय सूचीबद्ध नहीं करता।</translation>
    </message>
    <message>
        <source>O*NET lists it for %1 occupations; it is In Demand, often named in their job postings, for %2 of them, listed first.</source>
        <translation>O*NET इसे %1 व्यवसायों के लिए सूचीबद्ध करता है; उनमें से %2 के लिए यह मांग में है (उनके नौकरी विज्ञापनों में अक्सर इसका नाम आता है), ये पहले सूचीबद्ध हैं।</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>चिह्न</translation>
    </message>
    <message>
        <source>In Demand</source>
        <translation>मांग में</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>हॉट</translation>
    </message>
</context>
<context>
    <name>cg::OwnPathStore</name>
    <message>
        <source>Could not read your own topics: %1</source>
        <translation>आपके अपने विषय पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Choose a step for the topic.</source>
        <translation>विषय के लिए एक चरण चुनें।</translation>
    </message>
    <message>
        <source>Your topic could not be saved</source>
        <translation>आपका विषय सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>This topic was removed in another window, so your change was not saved.</source>
        <translation>यह विषय किसी दूसरी विंडो में हटा दिया गया, इसलिए आपका बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>This topic was changed in another window, so your change was not saved. Edit it again if you still want to.</source>
        <translation>यह विषय किसी दूसरी विंडो में बदल दिया गया, इसलिए आपका बदलाव सहेजा नहीं गया। चाहें तो इसे फिर से संपादित करें।</translation>
    </message>
    <message>
        <source>Your topic could not be removed</source>
        <translation>आपका विषय हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>The topic could not be hidden</source>
        <translation>विषय छिपाया नहीं जा सका</translation>
    </message>
    <message>
        <source>The topic could not be shown</source>
        <translation>विषय दिखाया नहीं जा सका</translation>
    </message>
    <message>
        <source>The order of the topics could not be saved</source>
        <translation>विषयों का क्रम सहेजा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>cg::OwnTopic</name>
    <message>
        <source>Give the topic a title.</source>
        <translation>विषय को एक शीर्षक दें।</translation>
    </message>
    <message>
        <source>The title is too long: at most %1 characters.</source>
        <translation>शीर्षक बहुत लंबा है: अधिकतम %1 अक्षर।</translation>
    </message>
    <message>
        <source>The hours must be between 1 and %1.</source>
        <translation>घंटे 1 और %1 के बीच होने चाहिए।</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://, for example https://www.postgresql.org/docs/.</source>
        <translation>लिंक http:// या https:// से शुरू होने वाला वेब पता होना चाहिए, जैसे https://www.postgresql.org/docs/।</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>नोट बहुत लंबा है: अधिकतम %1 अक्षर।</translation>
    </message>
</context>
<context>
    <name>cg::OwnTopicDialog</name>
    <message>
        <source>Edit Your Topic</source>
        <translation>अपना विषय संपादित करें</translation>
    </message>
    <message>
        <source>Add Your Own Topic</source>
        <translation>अपना विषय जोड़ें</translation>
    </message>
    <message>
        <source>Under the step “%1”</source>
        <translation>चरण “%1” के अंतर्गत</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
</context>
<context>
    <name>cg::PathCustomizer</name>
    <message>
        <source>your own estimate</source>
        <translation>आपका अपना अनुमान</translation>
    </message>
    <message>
        <source>your own link</source>
        <translation>आपका अपना लिंक</translation>
    </message>
</context>
<context>
    <name>cg::PayChange</name>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>%1$%2</source>
        <extracomment>%1 the sign (+ or −), %2 the whole dollar amount</extracomment>
        <translation>%1$%2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>कम से कम %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>अधिक से अधिक %1</translation>
    </message>
</context>
<context>
    <name>cg::PlanWeekModel</name>
    <message>
        <source>(%1 h, part %2 of %3)</source>
        <translation>(%1 घंटे, भाग %2 / %3)</translation>
    </message>
    <message>
        <source>(%1 h)</source>
        <translation>(%1 घंटे)</translation>
    </message>
    <message>
        <source>Finish: %1</source>
        <translation>पूरा करें: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>यह सप्ताह</translation>
    </message>
    <message>
        <source>%1 of the %2 hours a week you planned</source>
        <translation>प्रति सप्ताह आपके नियोजित %2 घंटों में से %1</translation>
    </message>
    <message>
        <source>Have these steps done by %1.</source>
        <translation>ये चरण %1 तक पूरे कर लें।</translation>
    </message>
    <message>
        <source>%1: %2 h in all</source>
        <translation>%1: कुल %2 घंटे</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तिथियाँ</translation>
    </message>
    <message>
        <source>What to study</source>
        <translation>क्या पढ़ें</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>माइलस्टोन</translation>
    </message>
</context>
<context>
    <name>cg::PppFactors</name>
    <message>
        <source>cannot read PPP factors: %1</source>
        <translation>PPP फ़ैक्टर पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>ppp_factor %1 %2 %3: &apos;%4&apos; is not a usable factor</source>
        <translation>ppp_factor %1 %2 %3: &apos;%4&apos; उपयोग योग्य फ़ैक्टर नहीं है</translation>
    </message>
</context>
<context>
    <name>cg::PremiumStatement</name>
    <message>
        <source>%1% vs peers without %2 — %3, %4</source>
        <extracomment>%1 signed percent as stated, %2 skill, %3 who says so, %4 the as-of date. Peers: people in the same role.</extracomment>
        <translation>%2 के बिना वाले साथियों की तुलना में %1% — %3, %4</translation>
    </message>
    <message>
        <source> ⚠ doubtful</source>
        <translation> ⚠ संदिग्ध</translation>
    </message>
</context>
<context>
    <name>cg::PriceParityAdjustment</name>
    <message>
        <source>%1 in %2 ≈ %3 at U.S. average prices (BEA RPP %4: %5)</source>
        <translation>%2 में %1 ≈ U.S. औसत कीमतों पर %3 (BEA RPP %4: %5)</translation>
    </message>
</context>
<context>
    <name>cg::ProgressStatusDelegate</name>
    <message>
        <source>Step status</source>
        <translation>चरण की स्थिति</translation>
    </message>
</context>
<context>
    <name>cg::RolePage</name>
    <message>
        <source>Essential</source>
        <translation>अनिवार्य</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>बहुत महत्वपूर्ण</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>महत्वपूर्ण</translation>
    </message>
    <message>
        <source>Helpful</source>
        <translation>सहायक</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>उपयोगी</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (%2 तक)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation>⚠ संदिग्ध आँकड़ा:</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>इसे %1 भी कहते हैं</translation>
    </message>
    <message>
        <source>an official statistical group rather than a job title</source>
        <translation>जॉब टाइटल के बजाय एक आधिकारिक सांख्यिकीय समूह</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>कर्तव्य</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>वेतन</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>संभावना</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Related roles</source>
        <translation>संबंधित भूमिकाएँ</translation>
    </message>
    <message>
        <source>O*NET data</source>
        <translation>O*NET डेटा</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>On this page:</source>
        <translation>इस पेज पर:</translation>
    </message>
    <message>
        <source>Official occupation data</source>
        <translation>आधिकारिक व्यवसाय डेटा</translation>
    </message>
    <message>
        <source>The guide links this role to no official occupation.</source>
        <translation>गाइड इस भूमिका को किसी आधिकारिक व्यवसाय से नहीं जोड़ता।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Median pay, U.S.</source>
        <translation>मीडियन वेतन, अमेरिका</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 प्रति वर्ष</translation>
    </message>
    <message>
        <source>all occupations %1; %2</source>
        <translation>सभी व्यवसाय %1; %2</translation>
    </message>
    <message>
        <source>Typical entry education</source>
        <translation>सामान्य प्रवेश शिक्षा</translation>
    </message>
    <message>
        <source>Preparation needed</source>
        <translation>आवश्यक तैयारी</translation>
    </message>
    <message>
        <source>Job zone %1 of 5</source>
        <translation>जॉब ज़ोन %1 / 5</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Official figures for %1, the main occupation the guide files this role under.</source>
        <translation>%1 के आधिकारिक आँकड़े, वह मुख्य व्यवसाय जिसके अंतर्गत गाइड इस भूमिका को रखता है।</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>वे क्या करते हैं</translation>
    </message>
    <message>
        <source>The articles describe no duties for this role; see the official tasks below.</source>
        <translation>लेख इस भूमिका के कोई कर्तव्य नहीं बताते; नीचे आधिकारिक कार्य देखें।</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>कौशल:</translation>
    </message>
    <message>
        <source>Skills they need</source>
        <translation>उन्हें किन कौशलों की ज़रूरत है</translation>
    </message>
    <message>
        <source>The articles list no skills for this role.</source>
        <translation>लेख इस भूमिका के लिए कोई कौशल नहीं बताते।</translation>
    </message>
    <message>
        <source>%1 skills, by how strongly the articles stress them. Select one to see it on the Skills tab.</source>
        <translation>%1 कौशल, इस क्रम में कि लेख उन पर कितना ज़ोर देते हैं। कौशल टैब पर देखने के लिए किसी एक को चुनें।</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>BLS publishes no national wage estimate for %1.</source>
        <translation>BLS %1 के लिए कोई राष्ट्रीय वेतन अनुमान प्रकाशित नहीं करता।</translation>
    </message>
    <message>
        <source>%1 (%2), United States</source>
        <translation>%1 (%2), संयुक्त राज्य अमेरिका</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>25th</source>
        <translation>25वाँ</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>मीडियन</translation>
    </message>
    <message>
        <source>75th</source>
        <translation>75वाँ</translation>
    </message>
    <message>
        <source>90th</source>
        <translation>90वाँ</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>औसत</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <source>An hour</source>
        <translation>प्रति घंटा</translation>
    </message>
    <message>
        <source>Employment %1, not counting the self-employed.</source>
        <translation>रोज़गार %1, स्व-नियोजित को छोड़कर।</translation>
    </message>
    <message>
        <source>“≥”: BLS reports only that the wage is at least $239,200 a year ($115.00 an hour).</source>
        <translation>“≥”: BLS केवल यह बताता है कि वेतन कम से कम $239,200 प्रति वर्ष ($115.00 प्रति घंटा) है।</translation>
    </message>
    <message>
        <source>BLS publishes only annual wages for this occupation.</source>
        <translation>BLS इस व्यवसाय के लिए केवल वार्षिक वेतन प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>BLS publishes only hourly wages for this occupation.</source>
        <translation>BLS इस व्यवसाय के लिए केवल प्रति घंटा वेतन प्रकाशित करता है।</translation>
    </message>
    <message>
        <source>What the articles report</source>
        <translation>लेख क्या बताते हैं</translation>
    </message>
    <message>
        <source>Compare these side by side, converted to one currency, on the Salaries tab.</source>
        <translation>वेतन टैब पर इन्हें एक ही मुद्रा में रूपांतरित करके साथ-साथ तुलना करें।</translation>
    </message>
    <message>
        <source>No pay figures for this role.</source>
        <translation>इस भूमिका के लिए वेतन के कोई आँकड़े नहीं।</translation>
    </message>
    <message>
        <source>%1: %2 jobs in 2024, %3 projected for 2034 (%4; all occupations %5). About %6 openings a year on average, counting people who leave or change occupation.</source>
        <translation>%1: 2024 में %2 नौकरियाँ, 2034 के लिए अनुमानित %3 (%4; सभी व्यवसाय %5)। औसतन हर वर्ष लगभग %6 रिक्तियाँ, जिनमें व्यवसाय छोड़ने या बदलने वाले लोग भी गिने गए हैं।</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%2 में %1</translation>
    </message>
    <message>
        <source> (all occupations %1)</source>
        <translation> (सभी व्यवसाय %1)</translation>
    </message>
    <message>
        <source>No outlook figures for this role.</source>
        <translation>इस भूमिका के लिए संभावना के कोई आँकड़े नहीं।</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>अन्य आँकड़े</translation>
    </message>
    <message>
        <source>Education and ways in</source>
        <translation>शिक्षा और प्रवेश के रास्ते</translation>
    </message>
    <message>
        <source>%1: typical entry-level education %2; work experience needed: %3; on-the-job training: %4.</source>
        <translation>%1: सामान्य प्रवेश-स्तर शिक्षा %2; आवश्यक कार्य अनुभव: %3; ऑन-द-जॉब प्रशिक्षण: %4।</translation>
    </message>
    <message>
        <source>(low precision)</source>
        <translation>(कम सटीकता)</translation>
    </message>
    <message>
        <source>Education of people working as %1, as O*NET surveyed it:</source>
        <translation>%1 के रूप में काम करने वाले लोगों की शिक्षा, O*NET सर्वेक्षण के अनुसार:</translation>
    </message>
    <message>
        <source>Ways in the guide describes</source>
        <translation>गाइड में बताए गए प्रवेश के रास्ते</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The Learning Path tab turns these into ordered steps and a study plan.</source>
        <translation>लर्निंग पाथ टैब इन्हें क्रमबद्ध चरणों और अध्ययन योजना में बदलता है।</translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation>एक सामान्य दिन</translation>
    </message>
    <message>
        <source>Who they work with</source>
        <translation>वे किनके साथ काम करते हैं</translation>
    </message>
    <message>
        <source>Where they work</source>
        <translation>वे कहाँ काम करते हैं</translation>
    </message>
    <message>
        <source>Work environment</source>
        <translation>कार्य वातावरण</translation>
    </message>
    <message>
        <source>Who hires them</source>
        <translation>उन्हें कौन नियुक्त करता है</translation>
    </message>
    <message>
        <source>How it compares</source>
        <translation>तुलना में यह कैसा है</translation>
    </message>
    <message>
        <source>The articles say nothing more about the day-to-day work of this role.</source>
        <translation>लेख इस भूमिका के रोज़मर्रा के काम के बारे में और कुछ नहीं बताते।</translation>
    </message>
    <message>
        <source>Filed under the same official occupation:</source>
        <translation>उसी आधिकारिक व्यवसाय के अंतर्गत:</translation>
    </message>
    <message>
        <source>Occupations O*NET relates to %1, closest first:</source>
        <translation>O*NET द्वारा %1 से संबंधित व्यवसाय, सबसे निकट पहले:</translation>
    </message>
    <message>
        <source>No related roles are recorded.</source>
        <translation>कोई संबंधित भूमिका दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Skills and knowledge: not rated in this release of O*NET (29.3) for this occupation.</source>
        <translation>कौशल और ज्ञान: O*NET के इस रिलीज़ (29.3) में इस व्यवसाय के लिए रेट नहीं किए गए।</translation>
    </message>
    <message>
        <source>Most important skills (O*NET ratings)</source>
        <translation>सबसे महत्वपूर्ण कौशल (O*NET रेटिंग)</translation>
    </message>
    <message>
        <source>Most important knowledge (O*NET ratings)</source>
        <translation>सबसे महत्वपूर्ण ज्ञान (O*NET रेटिंग)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ज्ञान</translation>
    </message>
    <message>
        <source>⚑ Left out: %1 ratings O*NET flags as too imprecise to use (%2).</source>
        <translation>⚑ छोड़ी गईं: %1 रेटिंग जिन्हें O*NET उपयोग के लिए बहुत अस्पष्ट चिह्नित करता है (%2)।</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>टेक्नोलॉजी</translation>
    </message>
    <message>
        <source>O*NET lists %1 software and tools used in this occupation.</source>
        <translation>O*NET इस व्यवसाय में उपयोग होने वाले %1 सॉफ़्टवेयर और टूल बताता है।</translation>
    </message>
    <message>
        <source>In demand for this occupation:</source>
        <translation>इस व्यवसाय के लिए मांग में:</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>Other hot technologies:</source>
        <translation>अन्य हॉट टेक्नोलॉजी:</translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation>%1 (O*NET-SOC %2)</translation>
    </message>
    <message>
        <source>Also titled: %1</source>
        <translation>अन्य टाइटल: %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Supplemental tasks</source>
        <translation>पूरक कार्य</translation>
    </message>
    <message>
        <source>Help → Sources lists every source with its details.</source>
        <translation>सहायता → स्रोत में हर स्रोत उसके विवरण के साथ दिया गया है।</translation>
    </message>
    <message>
        <source>This occupation is not part of this build&apos;s official data.</source>
        <translation>यह व्यवसाय इस बिल्ड के आधिकारिक डेटा का हिस्सा नहीं है।</translation>
    </message>
    <message>
        <source>Official occupation, O*NET-SOC %1</source>
        <translation>आधिकारिक व्यवसाय, O*NET-SOC %1</translation>
    </message>
    <message>
        <source>No role in this guide is filed under this occupation; what follows is the official data alone.</source>
        <translation>इस गाइड की कोई भूमिका इस व्यवसाय के अंतर्गत नहीं है; आगे केवल आधिकारिक डेटा है।</translation>
    </message>
    <message>
        <source>Roles in this guide filed under it:</source>
        <translation>इसके अंतर्गत इस गाइड की भूमिकाएँ:</translation>
    </message>
    <message>
        <source>%1 and %2 side by side</source>
        <translation>%1 और %2 साथ-साथ</translation>
    </message>
    <message>
        <source>No figures in the articles</source>
        <translation>लेखों में कोई आँकड़े नहीं</translation>
    </message>
    <message>
        <source>No projection in the articles</source>
        <translation>लेखों में कोई अनुमान नहीं</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>संक्षेप में</translation>
    </message>
    <message>
        <source>Official occupation</source>
        <translation>आधिकारिक व्यवसाय</translation>
    </message>
    <message>
        <source>Typical entry education (BLS)</source>
        <translation>सामान्य प्रवेश शिक्षा (BLS)</translation>
    </message>
    <message>
        <source>Both need %1 skills; %2 only %3 needs; %4 only %5 needs.</source>
        <translation>दोनों को %1 कौशल चाहिए; %2 केवल %3 को चाहिए; %4 केवल %5 को चाहिए।</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <source>No duties in the articles; O*NET&apos;s first tasks:</source>
        <translation>लेखों में कोई कर्तव्य नहीं; O*NET के पहले कार्य:</translation>
    </message>
    <message>
        <source>Duties, pay and outlook in detail</source>
        <translation>कर्तव्य, वेतन और संभावना विस्तार से</translation>
    </message>
    <message>
        <source>Pay in the articles</source>
        <translation>लेखों में वेतन</translation>
    </message>
    <message>
        <source>Outlook in the articles</source>
        <translation>लेखों में संभावना</translation>
    </message>
    <message>
        <source>Job growth 2024–34</source>
        <translation>रोज़गार वृद्धि 2024–34</translation>
    </message>
    <message>
        <source>Official projection, 2024–34</source>
        <translation>आधिकारिक अनुमान, 2024–34</translation>
    </message>
    <message>
        <source>Importance (1–5)</source>
        <translation>महत्व (1–5)</translation>
    </message>
    <message>
        <source>Level (0–7)</source>
        <translation>स्तर (0–7)</translation>
    </message>
    <message>
        <source>Job growth 2024–34 (BLS)</source>
        <translation>रोज़गार वृद्धि 2024–34 (BLS)</translation>
    </message>
    <message>
        <source>Titles people report: %1</source>
        <translation>लोगों द्वारा बताए गए शीर्षक: %1</translation>
    </message>
    <message>
        <source>No range chart: BLS publishes no estimate for some of the percentiles of this occupation&apos;s wages (shown as “no estimate” below).</source>
        <translation>कोई रेंज चार्ट नहीं: BLS इस व्यवसाय के वेतन के कुछ प्रतिशतकों का कोई अनुमान प्रकाशित नहीं करता (नीचे “कोई अनुमान नहीं” के रूप में दिखाया गया)।</translation>
    </message>
    <message>
        <source>Annual wages, scale $0 to %1 a year</source>
        <translation>वार्षिक वेतन, पैमाना $0 से %1 प्रति वर्ष</translation>
    </message>
    <message>
        <source>Hourly wages, scale $0 to %1 an hour</source>
        <translation>प्रति घंटा वेतन, पैमाना $0 से %1 प्रति घंटा</translation>
    </message>
    <message>
        <source>10th percentile %1 · 25th %2 · median %3 · 75th %4 · 90th %5</source>
        <translation>10वाँ प्रतिशतक %1 · 25वाँ %2 · माध्यिका %3 · 75वाँ %4 · 90वाँ %5</translation>
    </message>
    <message>
        <source>(the bar is open-ended: BLS reports only that the top wages are at least %1)</source>
        <translation>(बार खुला है: BLS केवल यह बताता है कि शीर्ष वेतन कम से कम %1 है)</translation>
    </message>
    <message>
        <source>Pay range</source>
        <translation>वेतन रेंज</translation>
    </message>
    <message>
        <source>%1. Light: 10th to 25th and 75th to 90th percentile; dark: the middle half; the thin dark mark: the median.</source>
        <translation>%1. हल्का: 10वें से 25वें और 75वें से 90वें प्रतिशतक तक; गहरा: बीच का आधा भाग; पतला गहरा निशान: माध्यिका।</translation>
    </message>
    <message>
        <source>Shaded cells differ between the two careers and are marked “≠”; “▲ higher” marks the larger figure. Pick “(nobody)” under “Compare with” to see one career again.</source>
        <translation>छायांकित सेल दोनों करियर में अलग हैं और “≠” से चिह्नित हैं; “▲ अधिक” बड़े आँकड़े को दर्शाता है। फिर से एक करियर देखने के लिए “इससे तुलना करें” में “(कोई नहीं)” चुनें।</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ अलग है</translation>
    </message>
    <message>
        <source>▲ higher</source>
        <translation>▲ अधिक</translation>
    </message>
    <message>
        <source>Not an occupation of this build.</source>
        <translation>इस बिल्ड का व्यवसाय नहीं है।</translation>
    </message>
    <message>
        <source>No projection: BLS projects no figures for this occupation.</source>
        <translation>कोई अनुमान नहीं: BLS इस व्यवसाय के लिए कोई आँकड़े अनुमानित नहीं करता।</translation>
    </message>
    <message>
        <source>Curated role: the guide&apos;s articles and official data</source>
        <translation>क्यूरेट की गई भूमिका: गाइड के लेख और आधिकारिक डेटा</translation>
    </message>
    <message>
        <source>Official occupation: O*NET and BLS data only</source>
        <translation>आधिकारिक व्यवसाय: केवल O*NET और BLS डेटा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Employment, 2024 (BLS)</source>
        <translation>रोज़गार, 2024 (BLS)</translation>
    </message>
    <message>
        <source>Openings a year, 2024–34 (BLS)</source>
        <translation>प्रति वर्ष रिक्तियाँ, 2024–34 (BLS)</translation>
    </message>
    <message>
        <source>No estimate: BLS publishes no national wage estimate for this occupation.</source>
        <translation>कोई अनुमान नहीं: BLS इस व्यवसाय के लिए कोई राष्ट्रीय वेतन अनुमान प्रकाशित नहीं करता।</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>कोई अनुमान नहीं</translation>
    </message>
    <message>
        <source>Median pay and range, U.S. (BLS)</source>
        <translation>माध्यिका वेतन और रेंज, U.S. (BLS)</translation>
    </message>
    <message>
        <source>No job zone in this release of O*NET.</source>
        <translation>O*NET के इस रिलीज़ में कोई जॉब ज़ोन नहीं।</translation>
    </message>
    <message>
        <source>Preparation (O*NET job zone)</source>
        <translation>तैयारी (O*NET जॉब ज़ोन)</translation>
    </message>
    <message>
        <source>The guide lists its own skills for curated roles only; O*NET&apos;s ratings below compare both sides.</source>
        <translation>गाइड केवल क्यूरेट की गई भूमिकाओं के लिए अपने कौशल सूचीबद्ध करता है; नीचे O*NET की रेटिंग दोनों पक्षों की तुलना करती हैं।</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>O*NET कौशल और ज्ञान</translation>
    </message>
    <message>
        <source>%1: no official occupation, so no O*NET ratings.</source>
        <translation>%1: कोई आधिकारिक व्यवसाय नहीं, इसलिए कोई O*NET रेटिंग नहीं।</translation>
    </message>
    <message>
        <source>%1 (%2): skills and knowledge not rated in this release of O*NET (29.3).</source>
        <translation>%1 (%2): O*NET के इस रिलीज़ (29.3) में कौशल और ज्ञान की रेटिंग नहीं है।</translation>
    </message>
    <message>
        <source>Ratings are compared only when both sides have them.</source>
        <translation>रेटिंग की तुलना तभी की जाती है जब दोनों पक्षों के पास वे हों।</translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET&apos;s ratings are the same; its page lists them.</source>
        <translation>दोनों %1 के अंतर्गत दर्ज हैं, इसलिए O*NET की रेटिंग समान हैं; उसका पेज उन्हें सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>Importance on O*NET&apos;s scale of 1 to 5. Each side&apos;s %1 most important skills and %2 most important knowledge areas are listed; shaded rows are among one side&apos;s most important only, or differ by half a point or more.</source>
        <translation>O*NET के 1 से 5 के पैमाने पर महत्व। प्रत्येक पक्ष के %1 सबसे महत्वपूर्ण कौशल और %2 सबसे महत्वपूर्ण ज्ञान क्षेत्र सूचीबद्ध हैं; छायांकित पंक्तियाँ केवल एक पक्ष के सबसे महत्वपूर्ण में हैं, या उनमें आधे अंक या अधिक का अंतर है।</translation>
    </message>
    <message>
        <source>O*NET skill</source>
        <translation>O*NET कौशल</translation>
    </message>
    <message>
        <source>O*NET knowledge</source>
        <translation>O*NET ज्ञान</translation>
    </message>
    <message>
        <source>≠ among the most important of %1 only</source>
        <translation>≠ केवल %1 के सबसे महत्वपूर्ण में</translation>
    </message>
    <message>
        <source>no usable rating</source>
        <translation>कोई उपयोगी रेटिंग नहीं</translation>
    </message>
    <message>
        <source>Technology in common</source>
        <translation>साझा तकनीक</translation>
    </message>
    <message>
        <source>Technology is compared through the official occupations; one side has none.</source>
        <translation>तकनीक की तुलना आधिकारिक व्यवसायों के माध्यम से की जाती है; एक पक्ष में कोई नहीं है।</translation>
    </message>
    <message>
        <source>Both are filed under %1, so O*NET lists the same technology for both.</source>
        <translation>दोनों %1 के अंतर्गत दर्ज हैं, इसलिए O*NET दोनों के लिए समान तकनीक सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>(in demand for both)</source>
        <translation>(दोनों के लिए मांग में)</translation>
    </message>
    <message>
        <source>(in demand for %1)</source>
        <translation>(%1 के लिए मांग में)</translation>
    </message>
    <message>
        <source>O*NET lists no Hot or In Demand technology for both.</source>
        <translation>O*NET दोनों के लिए कोई हॉट या मांग वाली तकनीक सूचीबद्ध नहीं करता।</translation>
    </message>
    <message>
        <source>Hot or In Demand technologies O*NET lists for both (%1):</source>
        <translation>हॉट या मांग वाली तकनीकें जो O*NET दोनों के लिए सूचीबद्ध करता है (%1):</translation>
    </message>
    <message>
        <source>Only %1: %2 more; only %3: %4 more.</source>
        <translation>केवल %1: %2 और; केवल %3: %4 और।</translation>
    </message>
    <message>
        <source>An official occupation: no article figures; see the official pay above.</source>
        <translation>एक आधिकारिक व्यवसाय: लेख के कोई आँकड़े नहीं; ऊपर आधिकारिक वेतन देखें।</translation>
    </message>
    <message>
        <source>An official occupation: no article projection; see the official growth above.</source>
        <translation>एक आधिकारिक व्यवसाय: लेख का कोई अनुमान नहीं; ऊपर आधिकारिक वृद्धि देखें।</translation>
    </message>
    <message>
        <source>O*NET&apos;s first tasks:</source>
        <translation>O*NET के पहले कार्य:</translation>
    </message>
</context>
<context>
    <name>cg::RolesTab</name>
    <message>
        <source>Any education</source>
        <translation>कोई भी शिक्षा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>वृद्धि</translation>
    </message>
    <message>
        <source>Any growth</source>
        <translation>कोई भी वृद्धि</translation>
    </message>
    <message>
        <source>Name (the guide&apos;s roles first)</source>
        <translation>नाम (गाइड की भूमिकाएँ पहले)</translation>
    </message>
    <message>
        <source>Median pay, highest first</source>
        <translation>माध्यिका वेतन, सबसे अधिक पहले</translation>
    </message>
    <message>
        <source>Growth, fastest first</source>
        <translation>वृद्धि, सबसे तेज़ पहले</translation>
    </message>
    <message>
        <source>Annual openings, most first</source>
        <translation>वार्षिक रिक्तियाँ, सबसे अधिक पहले</translation>
    </message>
    <message>
        <source>(nobody — show one career)</source>
        <translation>(कोई नहीं — एक करियर दिखाएँ)</translation>
    </message>
    <message>
        <source>Any job family</source>
        <translation>कोई भी कार्य परिवार</translation>
    </message>
    <message numerus="yes">
        <source>%1, SOC %2: %Ln careers</source>
        <translation>
            <numerusform>%1, SOC %2: %Ln करियर</numerusform>
            <numerusform>%1, SOC %2: %Ln करियर</numerusform>
        </translation>
    </message>
    <message>
        <source>Any job zone</source>
        <translation>कोई भी जॉब ज़ोन</translation>
    </message>
    <message>
        <source>Job zone %1</source>
        <translation>जॉब ज़ोन %1</translation>
    </message>
    <message>
        <source>No job zone in this release</source>
        <translation>इस रिलीज़ में कोई जॉब ज़ोन नहीं</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2</source>
        <translation>%L2 में से %L1 दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <source>No careers match these filters.</source>
        <translation>कोई करियर इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>फ़िल्टर हटाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Clear the filters to see every career again.</source>
        <translation>सभी करियर फिर से देखने के लिए फ़िल्टर हटाएँ।</translation>
    </message>
</context>
<context>
    <name>cg::RouteTableModel</name>
    <message>
        <source>Degree</source>
        <translation>डिग्री</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>अप्रेंटिसशिप</translation>
    </message>
    <message>
        <source>Bootcamp</source>
        <translation>बूटकैंप</translation>
    </message>
    <message>
        <source>Self-taught</source>
        <translation>स्व-शिक्षित</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रूट</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
</context>
<context>
    <name>cg::SalariesTab</name>
    <message>
        <source>Your data file is read-only, so comparisons cannot be saved.</source>
        <translation>आपकी डेटा फ़ाइल केवल-पढ़ने योग्य है, इसलिए तुलनाएँ सहेजी नहीं जा सकतीं।</translation>
    </message>
    <message>
        <source>Select a figure, then Enter or double-click to compare it (up to %1).</source>
        <translation>कोई आँकड़ा चुनें, फिर तुलना के लिए Enter दबाएँ या डबल-क्लिक करें (अधिकतम %1)।</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>सभी भूमिकाएँ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>सभी देश</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
    <message>
        <source>Skill premiums, as stated</source>
        <translation>कौशल प्रीमियम, जैसा बताया गया</translation>
    </message>
    <message>
        <source>Each premium compares people in the role who have one skill with those who lack it, as the source states it. They are shown one by one and never added up or compounded: no source says what two skills together are worth.</source>
        <translation>हर प्रीमियम भूमिका में किसी एक कौशल वाले लोगों की तुलना उस कौशल के बिना वाले लोगों से करता है, जैसा स्रोत बताता है। इन्हें एक-एक करके दिखाया जाता है और कभी जोड़ा या चक्रवृद्धि नहीं किया जाता: कोई स्रोत यह नहीं बताता कि दो कौशल मिलकर कितने मूल्यवान हैं।</translation>
    </message>
    <message>
        <source>The content states no skill premiums.</source>
        <translation>कंटेंट में कोई कौशल प्रीमियम नहीं बताया गया है।</translation>
    </message>
    <message>
        <source>Select a figure in the table first.</source>
        <translation>पहले टेबल में कोई आँकड़ा चुनें।</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 में %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4</source>
        <translation>%1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>BLS occupation %1 (%2), linked to this role through O*NET %3.</source>
        <translation>BLS व्यवसाय %1 (%2), जो O*NET %3 के माध्यम से इस भूमिका से जुड़ा है।</translation>
    </message>
    <message>
        <source>10th percentile: %1</source>
        <translation>10वाँ पर्सेंटाइल: %1</translation>
    </message>
    <message>
        <source>25th percentile: %1</source>
        <translation>25वाँ पर्सेंटाइल: %1</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>मीडियन: %1</translation>
    </message>
    <message>
        <source>75th percentile: %1</source>
        <translation>75वाँ पर्सेंटाइल: %1</translation>
    </message>
    <message>
        <source>90th percentile: %1</source>
        <translation>90वाँ पर्सेंटाइल: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>⚠ Doubtful:</source>
        <translation>⚠ संदिग्ध:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>नोट:</translation>
    </message>
    <message>
        <source>Nothing to export: add figures to the comparison first.</source>
        <translation>एक्सपोर्ट करने के लिए कुछ नहीं: पहले तुलना में आँकड़े जोड़ें।</translation>
    </message>
    <message>
        <source>salary-comparison.csv</source>
        <translation>salary-comparison.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 में एक्सपोर्ट किया गया</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <source>Salary comparison</source>
        <translation>वेतन तुलना</translation>
    </message>
    <message>
        <source>Print Salary Comparison</source>
        <translation>वेतन तुलना प्रिंट करें</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>राज्य के अनुसार</translation>
    </message>
    <message>
        <source>Export Salary Comparison as CSV</source>
        <translation>वेतन तुलना को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>Export Salary Comparison as PDF</source>
        <translation>वेतन तुलना को PDF के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>salary-comparison.pdf</source>
        <translation>salary-comparison.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF निर्यात करें</translation>
    </message>
    <message>
        <source>No salary figures match these filters.</source>
        <translation>कोई भी वेतन आँकड़ा इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Sho&amp;w All Figures</source>
        <translation>सभी आँकड़े दिखाएँ (&amp;W)</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparison</name>
    <message>
        <source>PPP needs the prices of one country, and %1 is not the currency of exactly one country with World Bank PPP factors; choose another display currency for PPP.</source>
        <translation>PPP के लिए किसी एक देश की कीमतें चाहिए, और %1 ठीक एक ऐसे देश की मुद्रा नहीं है जिसके World Bank PPP फ़ैक्टर हों; PPP के लिए कोई दूसरी प्रदर्शन मुद्रा चुनें।</translation>
    </message>
    <message>
        <source>The source gives only a lower bound (%1), not a figure to convert.</source>
        <translation>स्रोत केवल निचली सीमा (%1) देता है, रूपांतरित करने योग्य आँकड़ा नहीं।</translation>
    </message>
    <message>
        <source>The source publishes no figure here.</source>
        <translation>स्रोत यहाँ कोई आँकड़ा प्रकाशित नहीं करता।</translation>
    </message>
    <message>
        <source>The first column has no amount in %1 to compare with.</source>
        <translation>पहले कॉलम में तुलना के लिए %1 में कोई राशि नहीं है।</translation>
    </message>
    <message>
        <source>No amount in %1: %2</source>
        <translation>%1 में कोई राशि नहीं: %2</translation>
    </message>
    <message>
        <source>Not compared: this figure is %1, the first one %2.</source>
        <translation>तुलना नहीं की गई: यह आँकड़ा %1 है, पहला %2।</translation>
    </message>
    <message>
        <source>Market exchange rate (ECB)</source>
        <translation>बाज़ार विनिमय दर (ECB)</translation>
    </message>
    <message>
        <source>Purchasing-power parity, GDP (World Bank)</source>
        <translation>क्रय-शक्ति समता, GDP (World Bank)</translation>
    </message>
    <message>
        <source>Purchasing-power parity, private consumption (World Bank)</source>
        <translation>क्रय-शक्ति समता, निजी उपभोग (World Bank)</translation>
    </message>
    <message>
        <source>Each figure is converted on the last day of the period its source states (a year: 31 December; a month: its last day), with the ECB rate of that day or the nearest earlier business day, or the World Bank PPP factors of that year or the nearest earlier one (up to %1 years back). Converted amounts are rounded once to the cent, half away from zero; differences are exact differences of those amounts, and percentages are rounded to one decimal, half away from zero. The screen and the printout show whole units.</source>
        <translation>हर आँकड़े को उसके स्रोत में बताई गई अवधि के अंतिम दिन पर रूपांतरित किया जाता है (वर्ष: 31 दिसंबर; महीना: उसका अंतिम दिन), उस दिन या उससे पहले के निकटतम कार्य दिवस की ECB दर से, या उस वर्ष या उससे पहले के निकटतम वर्ष (अधिकतम %1 वर्ष पीछे) के World Bank PPP फ़ैक्टर से। रूपांतरित राशियों को एक बार सेंट तक राउंड किया जाता है, आधा शून्य से दूर; अंतर इन्हीं राशियों के सटीक अंतर हैं, और प्रतिशत एक दशमलव तक राउंड किए जाते हैं, आधा शून्य से दूर। स्क्रीन और प्रिंटआउट पूर्ण इकाइयाँ दिखाते हैं।</translation>
    </message>
    <message>
        <source>ECB euro reference rate of the figure&apos;s date, or the nearest earlier business day</source>
        <translation>आँकड़े की तिथि की ECB यूरो संदर्भ दर, या उससे पहले का निकटतम कार्य दिवस</translation>
    </message>
    <message>
        <source>What the pay buys at home: World Bank PPP factors (GDP) of the figure&apos;s year, or the nearest earlier one</source>
        <translation>घर पर वेतन से क्या खरीदा जा सकता है: आँकड़े के वर्ष, या उससे पहले के निकटतम वर्ष के World Bank PPP फ़ैक्टर (GDP)</translation>
    </message>
    <message>
        <source>World Bank PPP factors for household consumption, the closest to what a salary buys</source>
        <translation>घरेलू उपभोग के लिए World Bank PPP फ़ैक्टर, जो वेतन की क्रय शक्ति के सबसे निकट हैं</translation>
    </message>
    <message>
        <source>%1; then %2</source>
        <translation>%1; फिर %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonChartView</name>
    <message>
        <source>Comparison chart</source>
        <translation>तुलना चार्ट</translation>
    </message>
    <message>
        <source>Bars for stated figures and ranges for official wages, in the display currency. The side-by-side table holds the same numbers as text.</source>
        <translation>बताए गए आँकड़ों के लिए बार और आधिकारिक वेतन के लिए रेंज, प्रदर्शन मुद्रा में। साथ-साथ वाली टेबल में यही संख्याएँ टेक्स्ट के रूप में हैं।</translation>
    </message>
    <message>
        <source>Pay in %1 — %2</source>
        <translation>%1 में वेतन — %2</translation>
    </message>
    <message>
        <source>Figure as stated, converted</source>
        <translation>बताया गया आँकड़ा, रूपांतरित</translation>
    </message>
    <message>
        <source>Official range: p10–p90, box p25–p75, line at median</source>
        <translation>आधिकारिक रेंज: p10–p90, बॉक्स p25–p75, रेखा मीडियन पर</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>कोई दर नहीं</translation>
    </message>
    <message>
        <source>%1
median %2</source>
        <translation>%1
मीडियन %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Pick figures to compare</source>
        <translation>तुलना के लिए आँकड़े चुनें</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (periods differ: see the table)</source>
        <translation>%1 (अवधियाँ अलग हैं: टेबल देखें)</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonDocument</name>
    <message>
        <source>Salary comparison</source>
        <translation>वेतन तुलना</translation>
    </message>
    <message>
        <source>There is no printer to print on.</source>
        <translation>प्रिंट करने के लिए कोई प्रिंटर नहीं है।</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>प्रदर्शन मुद्रा</translation>
    </message>
    <message>
        <source>Conversion basis</source>
        <translation>रूपांतरण का आधार</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>प्रिंट किया गया</translation>
    </message>
    <message>
        <source>Nothing has been picked to compare.</source>
        <translation>तुलना के लिए कुछ भी नहीं चुना गया है।</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>चयन %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, %2 तक</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>जैसा बताया गया</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 में</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>कोई दर नहीं</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>रूपांतरित नहीं</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>रूपांतरण</translation>
    </message>
    <message>
        <source>Difference to pick 1</source>
        <translation>चयन 1 से अंतर</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation>रेंज p10–p90</translation>
    </message>
    <message>
        <source>%1 – %2 (middle half %3 – %4)</source>
        <translation>%1 – %2 (बीच का आधा %3 – %4)</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>सावधानी</translation>
    </message>
    <message>
        <source>⚠ doubtful (see note)</source>
        <translation>⚠ संदिग्ध (नोट देखें)</translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation>स्रोत और नोट</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> ⚠ doubtful.</source>
        <translation> ⚠ संदिग्ध।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonModel</name>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, %2 तक</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>कोई दर नहीं</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>रूपांतरित नहीं</translation>
    </message>
    <message>
        <source>reference (pick 1)</source>
        <translation>संदर्भ (चयन 1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— (a single figure)</source>
        <translation>— (एक ही आँकड़ा)</translation>
    </message>
    <message>
        <source>%1 – %2, middle half %3 – %4</source>
        <translation>%1 – %2, बीच का आधा %3 – %4</translation>
    </message>
    <message>
        <source>⚠ doubtful (hover or select for why)</source>
        <translation>⚠ संदिग्ध (कारण के लिए होवर करें या चुनें)</translation>
    </message>
    <message>
        <source>Has a note (hover or select)</source>
        <translation>इसमें नोट है (होवर करें या चुनें)</translation>
    </message>
    <message>
        <source>%1 in %2 — %3. Drag to reorder.</source>
        <translation>%2 में %1 — %3। क्रम बदलने के लिए खींचें।</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>जैसा बताया गया</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 में</translation>
    </message>
    <message>
        <source>How converted</source>
        <translation>रूपांतरण कैसे हुआ</translation>
    </message>
    <message>
        <source>Difference to 1</source>
        <translation>1 से अंतर</translation>
    </message>
    <message>
        <source>Range p10–p90</source>
        <translation>रेंज p10–p90</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>सावधानी</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)
%4</source>
        <translation>%1 · %2 (%3)
%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonSession</name>
    <message>
        <source>Exchange rates could not be read (%1); conversions show “no rate”.</source>
        <translation>विनिमय दरें पढ़ी नहीं जा सकीं (%1); रूपांतरण में “कोई दर नहीं” दिखेगा।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>ऑस्ट्रेलियाई डॉलर</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>ब्राज़ीलियाई रियाल</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>कनाडाई डॉलर</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>स्विस फ़्रैंक</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>चीनी युआन</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>यूरो</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>पाउंड स्टर्लिंग</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>भारतीय रुपया</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>जापानी येन</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>पोलिश ज़्लॉटी</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>स्वीडिश क्रोना</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>अमेरिकी डॉलर</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>दक्षिण अफ़्रीकी रैंड</translation>
    </message>
    <message>
        <source>That figure is not in this content release.</source>
        <translation>वह आँकड़ा इस कंटेंट रिलीज़ में नहीं है।</translation>
    </message>
    <message>
        <source>Added %1 (%2) as column %3.</source>
        <translation>%1 (%2) को कॉलम %3 के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>That figure is already column %1.</source>
        <translation>वह आँकड़ा पहले से कॉलम %1 है।</translation>
    </message>
    <message>
        <source>A comparison holds %1 picks; remove one first.</source>
        <translation>एक तुलना में %1 चयन होते हैं; पहले एक हटाएँ।</translation>
    </message>
    <message>
        <source>Removed column %1.</source>
        <translation>कॉलम %1 हटाया गया।</translation>
    </message>
    <message>
        <source>The comparison is empty.</source>
        <translation>तुलना खाली है।</translation>
    </message>
    <message>
        <source>In %1: no rate — %2</source>
        <translation>%1 में: कोई दर नहीं — %2</translation>
    </message>
    <message>
        <source>In %1: %2 — %3</source>
        <translation>%1 में: %2 — %3</translation>
    </message>
    <message>
        <source>Type a name for the comparison, then Save.</source>
        <translation>तुलना का नाम लिखें, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Nothing to save: add figures to the comparison first.</source>
        <translation>सहेजने के लिए कुछ नहीं: पहले तुलना में आँकड़े जोड़ें।</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>तुलना सहेजें</translation>
    </message>
    <message>
        <source>Replaced the saved comparison “%1”.</source>
        <translation>सहेजी गई तुलना “%1” बदल दी गई।</translation>
    </message>
    <message>
        <source>Saved the comparison as “%1”.</source>
        <translation>तुलना “%1” के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>“%1” लोड की गई।</translation>
    </message>
    <message>
        <source>Loaded “%1”; %2 of its figures are no longer in the content and were left out.</source>
        <translation>“%1” लोड की गई; इसके %2 आँकड़े अब कंटेंट में नहीं हैं और छोड़ दिए गए।</translation>
    </message>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation>“%1” नाम की कोई सहेजी गई तुलना नहीं है।</translation>
    </message>
    <message>
        <source>Deleted the saved comparison “%1”; the columns on screen stay.</source>
        <translation>सहेजी गई तुलना “%1” हटा दी गई; स्क्रीन पर कॉलम बने रहेंगे।</translation>
    </message>
    <message>
        <source>Purchasing-power parity needs the prices of one country, and %1 is not the currency of exactly one country with World Bank factors here. Choose market rates or another currency.</source>
        <translation>क्रय-शक्ति समता के लिए एक देश की कीमतें चाहिए, और %1 यहाँ World Bank कारकों वाले ठीक एक देश की मुद्रा नहीं है। बाज़ार दरें या कोई अन्य मुद्रा चुनें।</translation>
    </message>
    <message>
        <source>Converted at market rates instead. %1</source>
        <translation>इसके बजाय बाज़ार दरों पर परिवर्तित किया गया। %1</translation>
    </message>
</context>
<context>
    <name>cg::SalaryComparisonStore</name>
    <message>
        <source>There is no saved comparison named “%1”.</source>
        <translation>“%1” नाम की कोई सहेजी गई तुलना नहीं है।</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>सहेजी गई तुलना का नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 picks.</source>
        <translation>एक तुलना में अधिकतम %1 चयन हो सकते हैं।</translation>
    </message>
    <message>
        <source>The comparison could not be saved</source>
        <translation>तुलना सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>The saved comparison “%1” was deleted in another window, so it was not replaced. Save again to keep this one under that name.</source>
        <translation>सहेजी गई तुलना “%1” किसी दूसरी विंडो में हटा दी गई, इसलिए उसे बदला नहीं गया। इसे उसी नाम से रखने के लिए फिर से सहेजें।</translation>
    </message>
    <message>
        <source>A comparison named “%1” was saved in another window since this list was shown, so it was not replaced. Save again to replace it, or choose another name.</source>
        <translation>यह सूची दिखाए जाने के बाद “%1” नाम की तुलना किसी दूसरी विंडो में सहेजी गई, इसलिए उसे बदला नहीं गया। उसे बदलने के लिए फिर से सहेजें, या कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>तुलना सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The saved comparison could not be deleted</source>
        <translation>सहेजी गई तुलना हटाई नहीं जा सकी</translation>
    </message>
    <message>
        <source>The saved comparison “%1” was replaced or deleted in another window, so it was not deleted here.</source>
        <translation>सहेजी गई तुलना “%1” किसी दूसरी विंडो में बदली या हटाई गई, इसलिए यहाँ उसे हटाया नहीं गया।</translation>
    </message>
</context>
<context>
    <name>cg::SalaryEntry</name>
    <message>
        <source>BLS OEWS (official)</source>
        <translation>BLS OEWS (आधिकारिक)</translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2), which the guide links to this role through O*NET %3. National, all industries, employees only (the self-employed are not counted); %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9.</source>
        <translation>BLS व्यवसाय %1 (%2) का आधिकारिक वेतन, जिसे गाइड O*NET %3 के माध्यम से इस भूमिका से जोड़ता है। राष्ट्रीय, सभी उद्योग, केवल कर्मचारी (स्व-नियोजित नहीं गिने जाते); %4। पर्सेंटाइल: p10 %5, p25 %6, मीडियन %7, p75 %8, p90 %9।</translation>
    </message>
    <message>
        <source>employment %1</source>
        <translation>रोज़गार %1</translation>
    </message>
    <message>
        <source>employment not published</source>
        <translation>रोज़गार प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>BLS OEWS, state (official)</source>
        <translation>BLS OEWS, राज्य (आधिकारिक)</translation>
    </message>
    <message>
        <source>Compared at U.S. average prices: divided by %1&apos;s all-items Regional Price Parity over 100 (BEA RPP %2: %3).</source>
        <translation>अमेरिकी औसत कीमतों पर तुलना: %1 की सभी वस्तुओं वाली क्षेत्रीय मूल्य समता को 100 से भाग देकर उससे विभाजित (BEA RPP %2: %3)।</translation>
    </message>
    <message>
        <source>BEA publishes no Regional Price Parity for %1, so it cannot be compared at U.S. average prices.</source>
        <translation>BEA %1 के लिए क्षेत्रीय मूल्य समता प्रकाशित नहीं करता, इसलिए अमेरिकी औसत कीमतों पर तुलना नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>Official wages of the BLS occupation %1 (%2) in %3, all industries, employees only; employment %4. Percentiles: p10 %5, p25 %6, median %7, p75 %8, p90 %9; %10.</source>
        <translation>%3 में BLS व्यवसाय %1 (%2) का आधिकारिक वेतन, सभी उद्योग, केवल कर्मचारी; रोज़गार %4। पर्सेंटाइल: p10 %5, p25 %6, माध्यिका %7, p75 %8, p90 %9; %10।</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
</context>
<context>
    <name>cg::SalaryTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 ⚠ doubtful</source>
        <translation>%1 ⚠ संदिग्ध</translation>
    </message>
    <message>
        <source>%1
BLS occupation: %2 (%3)</source>
        <translation>%1
BLS व्यवसाय: %2 (%3)</translation>
    </message>
    <message>
        <source>10th to 90th percentile; the middle half earns %1 – %2.
%3</source>
        <translation>10वें से 90वें पर्सेंटाइल तक; बीच का आधा %1 – %2 कमाता है।
%3</translation>
    </message>
    <message>
        <source>%1

⚠ Doubtful: %2</source>
        <translation>%1

⚠ संदिग्ध: %2</translation>
    </message>
    <message>
        <source>%1

Note: %2</source>
        <translation>%1

नोट: %2</translation>
    </message>
    <message>
        <source>Doubtful figure: %1</source>
        <translation>संदिग्ध आँकड़ा: %1</translation>
    </message>
    <message>
        <source>In the figure&apos;s own currency, as stated. Sorts by currency, then by amount.</source>
        <translation>आँकड़े की अपनी मुद्रा में, जैसा बताया गया। पहले मुद्रा, फिर राशि के अनुसार क्रमबद्ध होता है।</translation>
    </message>
    <message>
        <source>Range of official BLS wages: 10th to 90th percentile</source>
        <translation>आधिकारिक BLS वेतन की रेंज: 10वें से 90वें पर्सेंटाइल तक</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>p10–p90</source>
        <translation>p10–p90</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>अनुभव</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>cg::SalaryTerms</name>
    <message>
        <source>Average</source>
        <translation>औसत</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>मीडियन</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>निचला स्तर</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>ऊपरी स्तर</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>%1वाँ पर्सेंटाइल</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>सभी स्तर</translation>
    </message>
    <message>
        <source>Entry level</source>
        <translation>प्रवेश स्तर</translation>
    </message>
    <message>
        <source>15+ years</source>
        <translation>15+ वर्ष</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्ष</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>प्रति वर्ष</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>प्रति माह</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>प्रति घंटा</translation>
    </message>
</context>
<context>
    <name>cg::SearchDialog</name>
    <message>
        <source>Type a few letters: results appear as you type.</source>
        <translation>कुछ अक्षर टाइप करें: टाइप करते ही परिणाम दिखेंगे।</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>खोज उपलब्ध नहीं है: %1</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>“%1” के लिए कोई मिलान नहीं।</translation>
    </message>
    <message>
        <source>%1 matches. Up and Down to choose, Enter to open, Escape to close.</source>
        <translation>%1 मिलान। चुनने के लिए Up और Down, खोलने के लिए Enter, बंद करने के लिए Escape।</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>%1 खोजें</translation>
    </message>
</context>
<context>
    <name>cg::SearchHit</name>
    <message>
        <source>Roles</source>
        <translation>भूमिकाएँ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Official occupations (O*NET)</source>
        <translation>आधिकारिक व्यवसाय (O*NET)</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>सीखने के चरण</translation>
    </message>
    <message>
        <source>Courses and resources</source>
        <translation>कोर्स और संसाधन</translation>
    </message>
    <message>
        <source>Salary figures</source>
        <translation>वेतन आँकड़े</translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation>राज्य के अनुसार वेतन</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 में से %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (O*NET-SOC %2)</source>
        <translation>%1 (O*NET-SOC %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>संदर्भ</translation>
    </message>
</context>
<context>
    <name>cg::SingleInstance</name>
    <message>
        <source>Career Guide is already running with this data file (%1) but did not answer (%2). Close it, or if it is no longer running, remove %1.lock.</source>
        <translation>Career Guide इस डेटा फ़ाइल (%1) के साथ पहले से चल रहा है, पर उसने उत्तर नहीं दिया (%2)। उसे बंद करें, या यदि वह अब नहीं चल रहा है तो %1.lock हटा दें।</translation>
    </message>
</context>
<context>
    <name>cg::SkillAssessmentStore</name>
    <message>
        <source>I know it</source>
        <translation>मुझे आता है</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>सीख रहा/रही हूँ</translation>
    </message>
    <message>
        <source>Want to learn</source>
        <translation>सीखना चाहता/चाहती हूँ</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>आकलन नहीं किया</translation>
    </message>
    <message>
        <source>Could not read your self-assessment: %1</source>
        <translation>आपका स्व-मूल्यांकन पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved</source>
        <translation>इस कौशल के लिए आपकी स्थिति सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>Your status for this skill was changed in another window (it is now “%1”), so your change was not saved. Choose again if you still want it.</source>
        <translation>इस कौशल के लिए आपकी स्थिति किसी दूसरी विंडो में बदल गई (अब यह “%1” है), इसलिए आपका बदलाव सहेजा नहीं गया। चाहें तो फिर से चुनें।</translation>
    </message>
</context>
<context>
    <name>cg::SkillGap</name>
    <message>
        <source>%1: the guide lists no skills for this role</source>
        <translation>%1: गाइड इस भूमिका के लिए कोई कौशल नहीं बताता</translation>
    </message>
    <message>
        <source>%1: all %2 skills known</source>
        <translation>%1: सभी %2 कौशल ज्ञात</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skills known, %4 to go</source>
        <translation>%1: %3 में से %2 कौशल ज्ञात, %4 बाकी</translation>
    </message>
    <message>
        <source>The guide lists no skills for this role</source>
        <translation>गाइड इस भूमिका के लिए कोई कौशल नहीं बताता</translation>
    </message>
    <message>
        <source>%1% of what the role needs, weighted by importance; %2 of %3 essential skills known</source>
        <extracomment>%1 whole percent; %2 of %3: essential skills (importance 5 of 5) marked known</extracomment>
        <translation>भूमिका की ज़रूरत का %1%, महत्व के अनुसार भारित; %3 में से %2 अनिवार्य कौशल ज्ञात</translation>
    </message>
</context>
<context>
    <name>cg::SkillTableModel</name>
    <message>
        <source>Programming language</source>
        <translation>प्रोग्रामिंग भाषा</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>फ़्रेमवर्क</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>वेब सर्वर</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>वर्ज़न कंट्रोल</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>टेस्टिंग</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>डॉक्यूमेंटेशन</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>क्लाउड</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>ऑपरेटिंग सिस्टम</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>प्रैक्टिस</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>टूल</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>अवधारणा</translation>
    </message>
    <message>
        <source>Soft skill</source>
        <translation>सॉफ़्ट स्किल</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>हॉट</translation>
    </message>
    <message>
        <source>In demand</source>
        <translation>मांग में</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>सूचीबद्ध</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>सॉफ़्ट</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>हार्ड</translation>
    </message>
    <message>
        <source>%1 rates it %2 of 5 in importance</source>
        <translation>%1 इसे महत्व में 5 में से %2 रेट करता है</translation>
    </message>
    <message>
        <source>%1 does not list this skill</source>
        <translation>%1 इस कौशल को सूचीबद्ध नहीं करता</translation>
    </message>
    <message>
        <source>O*NET names no technology exactly like this skill</source>
        <translation>O*NET में ठीक इस कौशल जैसी कोई टेक्नोलॉजी नहीं है</translation>
    </message>
    <message>
        <source>O*NET 29.3 technology skills: %1%2</source>
        <translation>O*NET 29.3 टेक्नोलॉजी कौशल: %1%2</translation>
    </message>
    <message>
        <source>a Hot Technology, often named in job postings</source>
        <translation>एक Hot Technology, जॉब पोस्टिंग में अक्सर उल्लिखित</translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation>Hot Technology नहीं</translation>
    </message>
    <message>
        <source>; In Demand, occupations: %1</source>
        <translation>; In Demand, व्यवसाय: %1</translation>
    </message>
    <message>
        <source>Roles in the guide that list this skill</source>
        <translation>गाइड की वे भूमिकाएँ जो यह कौशल सूचीबद्ध करती हैं</translation>
    </message>
    <message>
        <source>importance %1 of 5</source>
        <translation>महत्व 5 में से %1</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>आवश्यक नहीं</translation>
    </message>
    <message>
        <source>How much your target role needs the skill</source>
        <translation>आपकी लक्ष्य भूमिका को इस कौशल की कितनी ज़रूरत है</translation>
    </message>
    <message>
        <source>How much %1 needs the skill (1 to 5)</source>
        <translation>%1 को इस कौशल की कितनी ज़रूरत है (1 से 5)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>कौशल</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>भूमिकाएँ</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>लक्ष्य भूमिका</translation>
    </message>
    <message>
        <source>O*NET</source>
        <translation>O*NET</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>मेरी स्थिति</translation>
    </message>
    <message>
        <source>Flags from O*NET 29.3 where one of its technologies is this skill, by name</source>
        <translation>O*NET 29.3 के फ़्लैग, जहाँ उसकी कोई टेक्नोलॉजी नाम से यही कौशल है</translation>
    </message>
</context>
<context>
    <name>cg::SkillsTab</name>
    <message>
        <source>Hard and soft</source>
        <translation>हार्ड और सॉफ़्ट</translation>
    </message>
    <message>
        <source>Hard skills</source>
        <translation>हार्ड कौशल</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>सॉफ़्ट कौशल</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>सभी कौशल</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>अभी ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Your data file is read-only; statuses cannot be changed.</source>
        <translation>आपकी डेटा फ़ाइल केवल-पढ़ने योग्य है; स्थितियाँ बदली नहीं जा सकतीं।</translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation>सभी श्रेणियाँ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 skill</source>
        <translation>%1 · %2 कौशल</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>सॉफ़्ट</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>हार्ड</translation>
    </message>
    <message>
        <source>Roles that need it</source>
        <translation>जिन भूमिकाओं को इसकी ज़रूरत है</translation>
    </message>
    <message>
        <source>No role in the guide lists this skill yet.</source>
        <translation>गाइड की कोई भूमिका अभी यह कौशल सूचीबद्ध नहीं करती।</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <translation>%1, 5 में से %2</translation>
    </message>
    <message>
        <source>In job postings (O*NET)</source>
        <translation>जॉब पोस्टिंग में (O*NET)</translation>
    </message>
    <message>
        <source>O*NET 29.3 lists no technology named exactly “%1”, so no Hot Technology or In Demand flag is shown for it.</source>
        <translation>O*NET 29.3 में ठीक “%1” नाम की कोई टेक्नोलॉजी नहीं है, इसलिए इसके लिए कोई Hot Technology या In Demand फ़्लैग नहीं दिखाया गया।</translation>
    </message>
    <message>
        <source>O*NET lists “%1” among the technology used in %2 of the occupations in this guide&apos;s official data.</source>
        <translation>O*NET “%1” को इस गाइड के आधिकारिक डेटा के %2 व्यवसायों में उपयोग होने वाली टेक्नोलॉजी में सूचीबद्ध करता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hot Technology&lt;/b&gt;: one of the technologies employers name most often in job postings.</source>
        <translation>&lt;b&gt;Hot Technology&lt;/b&gt;: वे टेक्नोलॉजी जिनका नाम नियोक्ता जॉब पोस्टिंग में सबसे अधिक लेते हैं।</translation>
    </message>
    <message>
        <source>Not flagged as a Hot Technology.</source>
        <translation>Hot Technology के रूप में चिह्नित नहीं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;In demand&lt;/b&gt; in postings for: %1.</source>
        <translation>इनकी पोस्टिंग में &lt;b&gt;मांग में&lt;/b&gt;: %1।</translation>
    </message>
    <message>
        <source>Also used by: %1.</source>
        <translation>इनके द्वारा भी उपयोग: %1।</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source>Pay premium</source>
        <translation>वेतन प्रीमियम</translation>
    </message>
    <message>
        <source>+%1% for %2 who have it, as stated</source>
        <translation>जिन %2 के पास यह है उनके लिए +%1%, जैसा बताया गया</translation>
    </message>
    <message>
        <source>⚠ Doubtful figure:</source>
        <translation>⚠ संदिग्ध आँकड़ा:</translation>
    </message>
    <message>
        <source>Where the guide teaches it</source>
        <translation>गाइड इसे कहाँ सिखाता है</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Your status for this skill could not be saved: the user database is locked by another program. Try again in a moment.</source>
        <translation>इस कौशल के लिए आपकी स्थिति सहेजी नहीं जा सकी: उपयोगकर्ता डेटाबेस किसी दूसरे प्रोग्राम ने लॉक कर रखा है। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Guide skills</source>
        <translation>गाइड कौशल</translation>
    </message>
    <message>
        <source>O*NET skills and knowledge</source>
        <translation>O*NET कौशल और ज्ञान</translation>
    </message>
    <message>
        <source>Technologies (O*NET)</source>
        <translation>तकनीकें (O*NET)</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>कौशल फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter O*NET skills and knowledge</source>
        <translation>O*NET कौशल और ज्ञान फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter technologies</source>
        <translation>तकनीकें फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2 में से %1 दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Nothing in this list matches these filters.</source>
        <translation>इस सूची में कुछ भी इन फ़िल्टरों से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Topics that teach it</source>
        <translation>इसे सिखाने वाले विषय</translation>
    </message>
    <message>
        <source>Marking this skill as known counts a topic as known once you know every skill it teaches; a known topic&apos;s hours leave your study plan when you skip what you know.</source>
        <translation>इस कौशल को ज्ञात चिह्नित करने पर कोई विषय तब ज्ञात गिना जाता है जब आप उसके सिखाए सभी कौशल जानते हों; जो आप जानते हैं उसे छोड़ने पर ज्ञात विषय के घंटे आपकी अध्ययन योजना से हट जाते हैं।</translation>
    </message>
    <message>
        <source>(%1 h, our estimate)</source>
        <translation>(%1 घं, हमारा अनुमान)</translation>
    </message>
    <message>
        <source>Counts as known once you know every skill it teaches (%1 in all).</source>
        <translation>ज्ञात तब गिना जाता है जब आप इसके सिखाए सभी कौशल जानते हों (कुल %1)।</translation>
    </message>
</context>
<context>
    <name>cg::SourceRef</name>
    <message>
        <source>%1, via %2</source>
        <translation>%1, %2 के माध्यम से</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (%2 तक)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1, %2 के माध्यम से</translation>
    </message>
</context>
<context>
    <name>cg::SourcesDialog</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>Official data</source>
        <translation>आधिकारिक डेटा</translation>
    </message>
    <message>
        <source>Organisations quoted</source>
        <translation>उद्धृत संगठन</translation>
    </message>
    <message>
        <source>Every fact and figure in Career Guide names one of these sources. Article text was rewritten in our own words; official data was subset and merged with the articles.</source>
        <translation>Career Guide का हर तथ्य और आँकड़ा इनमें से किसी एक स्रोत का नाम बताता है। लेखों का टेक्स्ट हमारे अपने शब्दों में दोबारा लिखा गया है; आधिकारिक डेटा का एक हिस्सा लेकर उसे लेखों के साथ मिलाया गया है।</translation>
    </message>
    <message>
        <source>Contributed: %1</source>
        <translation>योगदान: %1</translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation>उद्धरण: %1</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>यह विंडो बंद करें</translation>
    </message>
</context>
<context>
    <name>cg::SqlScript</name>
    <message>
        <source>statement %1: %2</source>
        <translation>स्टेटमेंट %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cg::StateRankingView</name>
    <message>
        <source>States ranked</source>
        <translation>क्रम में राज्य</translation>
    </message>
    <message>
        <source>%1, highest first: %2</source>
        <translation>%1, सबसे अधिक पहले: %2</translation>
    </message>
</context>
<context>
    <name>cg::StateTileMapView</name>
    <message>
        <source>Map of the states</source>
        <translation>राज्यों का मानचित्र</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
</context>
<context>
    <name>cg::StateWageFigures</name>
    <message>
        <source>Median (as stated)</source>
        <translation>माध्यिका (जैसा बताया गया)</translation>
    </message>
    <message>
        <source>Median at U.S. average prices</source>
        <translation>U.S. औसत कीमतों पर माध्यिका</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>25वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>रोज़गार</translation>
    </message>
    <message>
        <source>Jobs per 1,000</source>
        <translation>प्रति 1,000 नौकरियाँ</translation>
    </message>
    <message>
        <source>Location quotient</source>
        <translation>स्थान भागफल</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>प्रकाशित नहीं</translation>
    </message>
    <message>
        <source>not published (at least $239,200, or no estimate)</source>
        <translation>प्रकाशित नहीं (कम से कम $239,200, या कोई अनुमान नहीं)</translation>
    </message>
    <message>
        <source>Pay by state</source>
        <translation>राज्य के अनुसार वेतन</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>वेतन</translation>
    </message>
    <message>
        <source>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024, state estimates</source>
        <translation>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, मई 2024, राज्य अनुमान</translation>
    </message>
    <message>
        <source>Price levels</source>
        <translation>मूल्य स्तर</translation>
    </message>
    <message>
        <source>U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), all items</source>
        <translation>U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), सभी मदें</translation>
    </message>
    <message>
        <source>Empty cell</source>
        <translation>खाली सेल</translation>
    </message>
    <message>
        <source>At U.S. average prices</source>
        <translation>U.S. औसत कीमतों पर</translation>
    </message>
    <message>
        <source>the median divided by the state&apos;s RPP over 100, rounded once to the cent</source>
        <translation>माध्यिका को राज्य के RPP/100 से भाग देकर, एक बार सेंट तक पूर्णांकित</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>राज्य कोड</translation>
    </message>
    <message>
        <source>Hourly median (USD)</source>
        <translation>प्रति घंटा माध्यिका (USD)</translation>
    </message>
    <message>
        <source>Annual 10th percentile (USD)</source>
        <translation>वार्षिक 10वाँ प्रतिशतक (USD)</translation>
    </message>
    <message>
        <source>Annual 25th percentile (USD)</source>
        <translation>वार्षिक 25वाँ प्रतिशतक (USD)</translation>
    </message>
    <message>
        <source>Annual median (USD)</source>
        <translation>वार्षिक माध्यिका (USD)</translation>
    </message>
    <message>
        <source>Annual 75th percentile (USD)</source>
        <translation>वार्षिक 75वाँ प्रतिशतक (USD)</translation>
    </message>
    <message>
        <source>Annual 90th percentile (USD)</source>
        <translation>वार्षिक 90वाँ प्रतिशतक (USD)</translation>
    </message>
    <message>
        <source>Annual median at U.S. average prices (USD)</source>
        <translation>U.S. औसत कीमतों पर वार्षिक माध्यिका (USD)</translation>
    </message>
    <message>
        <source>RPP (all items)</source>
        <translation>RPP (सभी मदें)</translation>
    </message>
    <message>
        <source>RPP year</source>
        <translation>RPP वर्ष</translation>
    </message>
</context>
<context>
    <name>cg::StateWageModel</name>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>%1: price level %2 in %3 (BEA RPP, U.S. = 100)</source>
        <translation>%1: %3 में मूल्य स्तर %2 (BEA RPP, U.S. = 100)</translation>
    </message>
</context>
<context>
    <name>cg::StateWagesPage</name>
    <message>
        <source>Pay by state</source>
        <translation>राज्य के अनुसार वेतन</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Figure shown on the map</source>
        <translation>मानचित्र पर दिखाया गया आँकड़ा</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>व्यवसाय (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Map shows:</source>
        <translation>मानचित्र में दिखाएँ (&amp;M):</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>तालिका को CSV के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <source>Save Map as PNG…</source>
        <translation>मानचित्र को PNG के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: U.S. Bureau of Labor Statistics, OEWS May 2024, state estimates. Median at U.S. average prices: the median divided by the state&apos;s price level over 100 (U.S. Bureau of Economic Analysis, Regional Price Parities %1, all items, U.S. = %2), rounded once to the cent. “Not published”: %3.</source>
        <translation>स्रोत: U.S. Bureau of Labor Statistics, OEWS मई 2024, राज्य अनुमान। U.S. औसत कीमतों पर माध्यिका: माध्यिका को राज्य के मूल्य स्तर/100 से भाग देकर (U.S. Bureau of Economic Analysis, Regional Price Parities %1, सभी मदें, U.S. = %2), एक बार सेंट तक पूर्णांकित। “प्रकाशित नहीं”: %3।</translation>
    </message>
    <message>
        <source>%1: median %2.</source>
        <translation>%1: माध्यिका %2।</translation>
    </message>
    <message>
        <source>Export Pay by State as CSV</source>
        <translation>राज्य के अनुसार वेतन को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>salary-by-state.csv</source>
        <translation>salary-by-state.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <source>Save Map as PNG</source>
        <translation>मानचित्र को PNG के रूप में सहेजें</translation>
    </message>
    <message>
        <source>salary-by-state.png</source>
        <translation>salary-by-state.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG छवियाँ (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 नहीं लिखा जा सका।</translation>
    </message>
    <message>
        <source>States ranked</source>
        <translation>क्रम में राज्य</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>मानचित्र</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>&amp;Add State to Comparison</source>
        <translation>राज्य को तुलना में जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Add the state to the comparison</source>
        <translation>राज्य को तुलना में जोड़ें</translation>
    </message>
    <message>
        <source>Compare this state&apos;s median with other places, at U.S. average prices</source>
        <translation>इस राज्य की माध्यिका की अन्य स्थानों से अमेरिकी औसत कीमतों पर तुलना करें</translation>
    </message>
    <message>
        <source>Add %1 to the comparison</source>
        <translation>%1 को तुलना में जोड़ें</translation>
    </message>
</context>
<context>
    <name>cg::StepProgress</name>
    <message>
        <source>In progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>A note can hold up to %1 characters; this one has %2, so it was not saved. Shorten it, or keep longer texts in a file of your own.</source>
        <translation>एक नोट में अधिकतम %1 अक्षर हो सकते हैं; इसमें %2 हैं, इसलिए यह सहेजा नहीं गया। इसे छोटा करें, या लंबे पाठ अपनी किसी फ़ाइल में रखें।</translation>
    </message>
</context>
<context>
    <name>cg::StepProgressModel</name>
    <message>
        <source>Already known</source>
        <translation>पहले से ज्ञात</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>सप्ताह %1</translation>
    </message>
    <message>
        <source>Weeks %1–%2</source>
        <extracomment>A range of week numbers, e.g. &quot;Weeks 3–8&quot;.</extracomment>
        <translation>सप्ताह %1–%2</translation>
    </message>
    <message>
        <source>Left out of the plan: your self-assessment marks every skill this step teaches as known.</source>
        <translation>योजना से बाहर रखा गया: आपके स्व-मूल्यांकन में यह चरण जो भी कौशल सिखाता है, वे सभी ज्ञात चिह्नित हैं।</translation>
    </message>
    <message>
        <source>Tick when you have finished this step</source>
        <translation>यह चरण पूरा करने पर टिक करें</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>Not in the schedule</source>
        <translation>शेड्यूल में नहीं</translation>
    </message>
    <message>
        <source>Our estimate for each step; hover over a number to see how it was reached.</source>
        <translation>हर चरण के लिए हमारा अनुमान; यह कैसे निकाला गया, देखने के लिए संख्या पर होवर करें।</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Hours (est.)</source>
        <translation>घंटे (अनु.)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>इस तिथि तक</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>अभी सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Double-click to write a note (up to %1 characters)</source>
        <translation>नोट लिखने के लिए डबल-क्लिक करें (अधिकतम %1 अक्षर)</translation>
    </message>
    <message>
        <source>Saved once the user database was free again.</source>
        <translation>उपयोगकर्ता डेटाबेस के फिर से खाली होते ही सहेज दिया गया।</translation>
    </message>
    <message>
        <source>Waiting for the user database…</source>
        <translation>उपयोगकर्ता डेटाबेस की प्रतीक्षा हो रही है…</translation>
    </message>
    <message>
        <source>The user database is locked by another program, so your change was not saved.</source>
        <translation>उपयोगकर्ता डेटाबेस किसी दूसरे प्रोग्राम ने लॉक कर रखा है, इसलिए आपका बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Your note is kept here, marked as not saved, until it is saved.</source>
        <translation>आपका नोट यहाँ, सहेजा नहीं गया के रूप में चिह्नित, तब तक रखा जाता है जब तक वह सहेजा न जाए।</translation>
    </message>
    <message>
        <source>Your note was: %1</source>
        <translation>आपका नोट था: %1</translation>
    </message>
    <message>
        <source>Topics done</source>
        <translation>पूरे हुए विषय</translation>
    </message>
    <message>
        <source>%1 · topics %2 of %3</source>
        <extracomment>A step&apos;s status rolled up from its topics, e.g. &quot;In progress · topics 2 of 9&quot;.</extracomment>
        <translation>%1 · विषय %3 में से %2</translation>
    </message>
</context>
<context>
    <name>cg::StepTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Hours (our estimate)</source>
        <translation>घंटे (हमारा अनुमान)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>इसके बाद</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>संसाधन</translation>
    </message>
</context>
<context>
    <name>cg::StepTopicModel</name>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: पूरा</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: पूरा नहीं</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>known</source>
        <translation>ज्ञात</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>आपका अपना</translation>
    </message>
    <message>
        <source>pick one</source>
        <translation>एक चुनें</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>छिपा हुआ</translation>
    </message>
</context>
<context>
    <name>cg::StepTopicsPanel</name>
    <message>
        <source>Move the topic up within its step (%1)</source>
        <translation>विषय को उसके चरण में ऊपर ले जाएँ (%1)</translation>
    </message>
    <message>
        <source>Move the topic down within its step (%1)</source>
        <translation>विषय को उसके चरण में नीचे ले जाएँ (%1)</translation>
    </message>
    <message>
        <source>A hidden topic is neither scheduled nor counted; show it again at any time.</source>
        <translation>छिपा हुआ विषय न शेड्यूल होता है, न गिना जाता है; इसे कभी भी फिर से दिखाएँ।</translation>
    </message>
    <message>
        <source>Add a topic of your own to this step, with a link, hours and a note.</source>
        <translation>इस चरण में अपना एक विषय जोड़ें, लिंक, घंटों और नोट के साथ।</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>अध्ययन योजना</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>छिपाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>विषय जोड़ें</translation>
    </message>
    <message>
        <source>Edit Topic</source>
        <translation>विषय संपादित करें</translation>
    </message>
    <message>
        <source>Remove Topic</source>
        <translation>विषय हटाएँ</translation>
    </message>
    <message>
        <source>Remove your topic “%1” and the progress recorded on it in every plan?</source>
        <translation>अपना विषय “%1” और हर योजना में उस पर दर्ज प्रगति हटाएँ?</translation>
    </message>
    <message>
        <source>Hide Topic</source>
        <translation>विषय छिपाएँ</translation>
    </message>
    <message>
        <source>Show Topic</source>
        <translation>विषय दिखाएँ</translation>
    </message>
    <message>
        <source>Move Topic</source>
        <translation>विषय खिसकाएँ</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanDocument</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format of the printed study plan (QDate format string); reorder for your language.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates, e.g. &quot;5 Jan 2026 – 11 Jan 2026&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanPage</name>
    <message>
        <source>Between %1 and %2 hours a week</source>
        <translation>प्रति सप्ताह %1 से %2 घंटे के बीच</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>अध्ययन योजना</translation>
    </message>
    <message>
        <source>%1

Try to save it again now?</source>
        <translation>%1

क्या अभी इसे फिर से सहेजने की कोशिश करें?</translation>
    </message>
    <message>
        <source>&amp;Generate again and save</source>
        <translation>फिर से बनाएँ और सहेजें (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Generate plan</source>
        <translation>योजना बनाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation>अध्ययन योजना हटाएँ</translation>
    </message>
    <message>
        <source>Delete the plan “%1” and the progress and notes recorded in it? This cannot be undone.</source>
        <translation>योजना “%1” और उसमें दर्ज प्रगति व नोट्स हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Print Study Plan</source>
        <translation>अध्ययन योजना प्रिंट करें</translation>
    </message>
    <message>
        <source>Export Study Plan as PDF</source>
        <translation>अध्ययन योजना को PDF के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Saved the study plan to %1 (pages: %2).</source>
        <translation>अध्ययन योजना %1 में सहेजी गई (पेज: %2)।</translation>
    </message>
    <message>
        <source>Export Study Plan as Calendar</source>
        <translation>अध्ययन योजना को कैलेंडर के रूप में एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar फ़ाइलें (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>कैलेंडर एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>कोई रिमाइंडर नहीं</translation>
    </message>
    <message>
        <source>At 09:00 on the first day</source>
        <translation>पहले दिन 09:00 बजे</translation>
    </message>
    <message>
        <source>At 09:00 the day before</source>
        <translation>एक दिन पहले 09:00 बजे</translation>
    </message>
    <message>
        <source>At 09:00 a week before</source>
        <translation>एक सप्ताह पहले 09:00 बजे</translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events).</source>
        <translation>अध्ययन योजना कैलेंडर के रूप में %1 में सहेजी गई (हर चरण का एक इवेंट, %2 इवेंट)।</translation>
    </message>
    <message>
        <source>Saved the study plan as a calendar to %1 (one event a step, %2 events; %3 cancelled).</source>
        <translation>अध्ययन योजना कैलेंडर के रूप में %1 में सहेजी गई (हर चरण का एक इवेंट, %2 इवेंट; %3 रद्द)।</translation>
    </message>
</context>
<context>
    <name>cg::StudyPlanSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None of these steps is known yet from your self-assessment. Mark skills as “I know it” on the Skills tab to leave out what you have already learned.</source>
        <translation>आपके स्व-मूल्यांकन के अनुसार इनमें से कोई भी चरण अभी ज्ञात नहीं है। जो आप पहले ही सीख चुके हैं उसे छोड़ने के लिए कौशल टैब पर कौशलों को “मुझे आता है” चिह्नित करें।</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>अध्ययन योजना</translation>
    </message>
    <message>
        <source>My study plan</source>
        <translation>मेरी अध्ययन योजना</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>योजना को एक नाम दें।</translation>
    </message>
    <message>
        <source>Your data is read-only: this plan is shown but not saved.</source>
        <translation>आपका डेटा केवल-पढ़ने योग्य है: यह योजना दिखाई गई है पर सहेजी नहीं गई।</translation>
    </message>
    <message>
        <source>This plan was deleted in another window.</source>
        <translation>यह योजना किसी दूसरी विंडो में हटा दी गई।</translation>
    </message>
    <message>
        <source>Saved the plan “%1” (weeks: %2).</source>
        <translation>योजना “%1” सहेजी गई (सप्ताह: %2)।</translation>
    </message>
    <message>
        <source>Delete Study Plan</source>
        <translation>अध्ययन योजना हटाएँ</translation>
    </message>
    <message>
        <source>Deleted the plan “%1”.</source>
        <translation>योजना “%1” हटा दी गई।</translation>
    </message>
    <message>
        <source>This plan is not saved, so its progress cannot be recorded.</source>
        <translation>यह योजना सहेजी नहीं गई है, इसलिए इसकी प्रगति दर्ज नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>Scheduled again (weeks: %1).</source>
        <translation>फिर से शेड्यूल किया गया (सप्ताह: %1)।</translation>
    </message>
    <message>
        <source>The plan could not be scheduled again: %1</source>
        <translation>योजना को फिर से शेड्यूल नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>This plan cannot be scheduled: %1</source>
        <translation>यह योजना शेड्यूल नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>नई योजना</translation>
    </message>
    <message>
        <source>Choose a target, a route, a start date and your hours per week, then press Generate plan. The plan is saved at once, and you can keep several.</source>
        <translation>लक्ष्य, रूट, आरंभ तिथि और प्रति सप्ताह अपने घंटे चुनें, फिर योजना बनाएँ दबाएँ। योजना तुरंत सहेज ली जाती है, और आप कई योजनाएँ रख सकते हैं।</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>%1 की ओर</translation>
    </message>
    <message>
        <source>Towards %1, by way of: %2</source>
        <translation>%1 की ओर, इनके माध्यम से: %2</translation>
    </message>
    <message>
        <source>%1 h a week · %2 · weeks: %3 · study time: %4 h</source>
        <translation>%1 घंटे प्रति सप्ताह · %2 · सप्ताह: %3 · अध्ययन समय: %4 घंटे</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>पूरे हुए चरण: %2 में से %1</translation>
    </message>
    <message>
        <source>next milestone: %1 by %2 (week %3)</source>
        <translation>अगला माइलस्टोन: %1, %2 तक (सप्ताह %3)</translation>
    </message>
    <message>
        <source>every step is done</source>
        <translation>हर चरण पूरा हो गया</translation>
    </message>
    <message>
        <source>left out as already known: %1</source>
        <translation>पहले से ज्ञात होने के कारण छोड़े गए: %1</translation>
    </message>
    <message>
        <source>skipped by you: %1</source>
        <translation>आपके द्वारा छोड़े गए: %1</translation>
    </message>
    <message>
        <source>read-only: progress cannot be saved</source>
        <translation>केवल-पढ़ने योग्य: प्रगति सहेजी नहीं जा सकती</translation>
    </message>
    <message>
        <source>Skipping what you already know: %1 → %2 weeks at %3 hours a week (%4 hours fewer).</source>
        <translation>जो आप पहले से जानते हैं उसे छोड़ने पर: %1 → %2 सप्ताह, %3 घंटे प्रति सप्ताह पर (%4 घंटे कम)।</translation>
    </message>
    <message>
        <source>You already know %1 hours of this path; skipping them would take it from %2 to %3 weeks.</source>
        <translation>आप इस पथ के %1 घंटे पहले से जानते हैं; उन्हें छोड़ने से यह %2 से %3 सप्ताह का हो जाएगा।</translation>
    </message>
    <message>
        <source>Plan This Move</source>
        <translation>इस बदलाव की योजना बनाएँ</translation>
    </message>
    <message>
        <source>No learning path of this guide leads to %1 yet. Careers that fit me lists what it needs that you do not know; mark those skills on the Skills tab as you learn them.</source>
        <translation>इस गाइड का कोई लर्निंग पाथ अभी %1 तक नहीं पहुँचता। “मेरे अनुकूल करियर” बताता है कि इसके लिए क्या चाहिए जो आप नहीं जानते; जैसे-जैसे आप वे कौशल सीखें, उन्हें कौशल टैब पर चिह्नित करें।</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 की ओर बदलाव</translation>
    </message>
    <message>
        <source>Your data is read-only: your own topics cannot be saved.</source>
        <translation>आपका डेटा केवल-पढ़ने योग्य है: आपके अपने विषय सहेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Your data is read-only: hidden topics cannot be saved.</source>
        <translation>आपका डेटा केवल-पढ़ने योग्य है: छिपे हुए विषय सहेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Your data is read-only: the order of topics cannot be saved.</source>
        <translation>आपका डेटा केवल-पढ़ने योग्य है: विषयों का क्रम सहेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>This topic cannot move further.</source>
        <translation>यह विषय इससे आगे नहीं खिसक सकता।</translation>
    </message>
    <message>
        <source>topics done: %1 of %2</source>
        <translation>पूरे हुए विषय: %2 में से %1</translation>
    </message>
</context>
<context>
    <name>cg::TechnologyTableModel</name>
    <message>
        <source>Hot</source>
        <translation>हॉट</translation>
    </message>
    <message>
        <source>Hot Technology</source>
        <translation>हॉट टेक्नोलॉजी</translation>
    </message>
    <message>
        <source>not a Hot Technology</source>
        <translation>हॉट टेक्नोलॉजी नहीं</translation>
    </message>
    <message>
        <source>Occupations that list it in O*NET 29.3</source>
        <translation>O*NET 29.3 में इसे सूचीबद्ध करने वाले व्यवसाय</translation>
    </message>
    <message>
        <source>Occupations whose job postings often name it (O*NET In Demand)</source>
        <translation>वे व्यवसाय जिनके नौकरी विज्ञापनों में अक्सर इसका नाम आता है (O*NET: मांग में)</translation>
    </message>
    <message>
        <source>A Hot Technology: one employers name often in job postings</source>
        <translation>हॉट टेक्नोलॉजी: जिसका नाम नियोक्ता नौकरी विज्ञापनों में अक्सर लेते हैं</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>तकनीक</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>In demand</source>
        <translation>मांग में</translation>
    </message>
    <message>
        <source>My status</source>
        <translation>मेरी स्थिति</translation>
    </message>
    <message>
        <source>O*NET&apos;s Hot Technology flag: often named in job postings</source>
        <translation>O*NET का हॉट टेक्नोलॉजी चिह्न: नौकरी विज्ञापनों में अक्सर नाम आता है</translation>
    </message>
</context>
<context>
    <name>cg::TipsDialog</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Preparing for interviews</source>
        <translation>इंटरव्यू की तैयारी</translation>
    </message>
    <message>
        <source>Your résumé</source>
        <translation>आपका रिज़्यूमे</translation>
    </message>
    <message>
        <source>Your portfolio</source>
        <translation>आपका पोर्टफ़ोलियो</translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation>पेशेवर संस्थाएँ</translation>
    </message>
    <message>
        <source>Growing in the career</source>
        <translation>करियर में आगे बढ़ना</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>अक्सर पूछे जाने वाले प्रश्न</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>यह विंडो बंद करें</translation>
    </message>
</context>
<context>
    <name>cg::TopicProgressStore</name>
    <message>
        <source>Could not read the topics you ticked off: %1</source>
        <translation>आपके टिक किए गए विषय पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Your progress on this topic could not be saved</source>
        <translation>इस विषय पर आपकी प्रगति सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>This plan was deleted in another window, so your progress was not saved.</source>
        <translation>यह योजना किसी दूसरी विंडो में हटा दी गई, इसलिए आपकी प्रगति सहेजी नहीं गई।</translation>
    </message>
    <message>
        <source>This topic was ticked off in another window, so your change was not saved.</source>
        <translation>यह विषय किसी दूसरी विंडो में टिक कर दिया गया, इसलिए आपका बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>This topic was taken back in another window, so your change was not saved.</source>
        <translation>इस विषय का टिक किसी दूसरी विंडो में हटा दिया गया, इसलिए आपका बदलाव सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>cg::UserDatabase</name>
    <message>
        <source>The folder %1 cannot be created, so your progress cannot be saved this time.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता, इसलिए इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>A leftover journal file without its database was found and moved to %1.</source>
        <translation>अपने डेटाबेस के बिना एक बची हुई जर्नल फ़ाइल मिली और उसे %1 में ले जाया गया।</translation>
    </message>
    <message>
        <source>A leftover journal file %1 without its database is in the way and cannot be moved, so your progress cannot be saved this time.</source>
        <translation>अपने डेटाबेस के बिना एक बची हुई जर्नल फ़ाइल %1 रास्ते में है और उसे हटाया नहीं जा सकता, इसलिए इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be read, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 पढ़ी नहीं जा सकती, इसलिए उसे जैसी थी वैसी ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>यह डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>Your data file %1 is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>आपकी डेटा फ़ाइल %1 केवल-पढ़ने योग्य है, इसलिए बदलाव सहेजे नहीं जा सकते। आपने पहले जो कुछ सहेजा था वह सब दिखाया गया है।</translation>
    </message>
    <message>
        <source>The folder %1 that holds your data file is read-only, so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>आपकी डेटा फ़ाइल वाला फ़ोल्डर %1 केवल-पढ़ने योग्य है, इसलिए बदलाव सहेजे नहीं जा सकते। आपने पहले जो कुछ सहेजा था वह सब दिखाया गया है।</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so your progress cannot be saved this time.</source>
        <translation>फ़ोल्डर %1 केवल-पढ़ने योग्य है, इसलिए इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 बनाई नहीं जा सकती (%2), इसलिए इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be opened for changes (%2), so changes cannot be saved. Everything you saved before is shown.</source>
        <translation>आपकी डेटा फ़ाइल %1 बदलावों के लिए खोली नहीं जा सकती (%2), इसलिए बदलाव सहेजे नहीं जा सकते। आपने पहले जो कुछ सहेजा था वह सब दिखाया गया है।</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>यह खोली नहीं जा सकती (%1)</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be checked (%2), so changes cannot be saved.</source>
        <translation>आपकी डेटा फ़ाइल %1 जाँची नहीं जा सकती (%2), इसलिए बदलाव सहेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Your data file was written by a newer version of Career Guide (data version %1; this version knows up to %2). It is opened read-only so nothing in it is lost; update Career Guide to make changes.</source>
        <translation>आपकी डेटा फ़ाइल Career Guide के नए संस्करण से लिखी गई थी (डेटा संस्करण %1; यह संस्करण %2 तक जानता है)। इसे केवल-पढ़ने के लिए खोला गया है ताकि इसमें कुछ भी न खोए; बदलाव करने के लिए Career Guide अपडेट करें।</translation>
    </message>
    <message>
        <source> (a copy is also at %1)</source>
        <translation> (इसकी एक कॉपी %1 पर भी है)</translation>
    </message>
    <message>
        <source>Your data file %1 could not be upgraded to this version&apos;s format: %2. It was left as it was%3, and your changes cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 इस संस्करण के फ़ॉर्मैट में अपग्रेड नहीं की जा सकी: %2। इसे जैसी थी वैसी ही छोड़ दिया गया%3, और इस बार आपके बदलाव सहेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>यह पढ़ी नहीं जा सकती (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>यह क्षतिग्रस्त है (%1)</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>यह किसी दूसरे ऐप्लिकेशन की है</translation>
    </message>
    <message>
        <source>cannot back it up first (%1)</source>
        <translation>पहले इसका बैकअप नहीं लिया जा सकता (%1)</translation>
    </message>
    <message>
        <source>cannot name the copy</source>
        <translation>कॉपी का नाम नहीं रखा जा सकता</translation>
    </message>
    <message>
        <source>step %1 failed (%2)</source>
        <translation>चरण %1 विफल हुआ (%2)</translation>
    </message>
    <message>
        <source>Your data was upgraded to the new format; a copy of the old file was kept at %1.</source>
        <translation>आपका डेटा नए फ़ॉर्मैट में अपग्रेड किया गया; पुरानी फ़ाइल की एक कॉपी %1 पर रखी गई है।</translation>
    </message>
    <message>
        <source>%1 cannot be used because %2, and it cannot be moved aside</source>
        <translation>%1 का उपयोग नहीं किया जा सकता क्योंकि %2, और इसे हटाकर अलग नहीं रखा जा सकता</translation>
    </message>
    <message>
        <source>Your data file %1 cannot be used because %2, and it cannot be moved out of the way, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 का उपयोग नहीं किया जा सकता क्योंकि %2, और इसे रास्ते से हटाया नहीं जा सकता, इसलिए इसे जैसी थी वैसी ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file could not be used because %1. It was moved, unchanged, to %2</source>
        <translation>आपकी डेटा फ़ाइल का उपयोग नहीं किया जा सका क्योंकि %1। इसे बिना बदले %2 में ले जाया गया</translation>
    </message>
    <message>
        <source>%1, but a new one cannot be created (%2), so your progress cannot be saved this time.</source>
        <translation>%1, लेकिन नई फ़ाइल बनाई नहीं जा सकती (%2), इसलिए इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1, and a new, empty one was started.</source>
        <translation>%1, और एक नई, खाली फ़ाइल शुरू की गई।</translation>
    </message>
    <message>
        <source>%1 It cannot be read either (%2), so it was left as it is.</source>
        <translation>%1 इसे पढ़ा भी नहीं जा सकता (%2), इसलिए इसे जैसी थी वैसी ही छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>%1 It cannot be used (%2), and as it cannot be changed it was left where it is.</source>
        <translation>%1 इसका उपयोग नहीं किया जा सकता (%2), और चूँकि इसे बदला नहीं जा सकता, इसे वहीं छोड़ दिया गया जहाँ यह है।</translation>
    </message>
    <message>
        <source>%1 It was written by an older version and cannot be upgraded while it cannot be changed, so it was left as it is.</source>
        <translation>%1 यह पुराने संस्करण से लिखी गई थी और जब तक इसे बदला नहीं जा सकता तब तक अपग्रेड नहीं की जा सकती, इसलिए इसे जैसी थी वैसी ही छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>HOME is not set</source>
        <translation>HOME सेट नहीं है</translation>
    </message>
    <message>
        <source>HOME (%1) is not a folder</source>
        <translation>HOME (%1) फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>There is no place to keep your data (%1), so nothing you do is saved this time; use --user-db PATH to name a file.</source>
        <translation>आपका डेटा रखने की कोई जगह नहीं है (%1), इसलिए इस बार आप जो भी करेंगे वह सहेजा नहीं जाएगा; कोई फ़ाइल बताने के लिए --user-db PATH का उपयोग करें।</translation>
    </message>
    <message>
        <source>The path given for your data file is empty.</source>
        <translation>आपकी डेटा फ़ाइल के लिए दिया गया पथ खाली है।</translation>
    </message>
    <message>
        <source>The path given for your data file (%1) is not valid text in this system&apos;s encoding, so it cannot be opened exactly as given; rename the file or a folder in its path.</source>
        <translation>आपकी डेटा फ़ाइल के लिए दिया गया पथ (%1) इस सिस्टम की एन्कोडिंग में मान्य पाठ नहीं है, इसलिए उसे ठीक वैसे नहीं खोला जा सकता; फ़ाइल या उसके पथ के किसी फ़ोल्डर का नाम बदलें।</translation>
    </message>
    <message>
        <source>%1 is %2, not a data file; Career Guide keeps your data only in a regular file.</source>
        <translation>%1 %2 है, डेटा फ़ाइल नहीं; Career Guide आपका डेटा केवल सामान्य फ़ाइल में रखता है।</translation>
    </message>
    <message>
        <source>inside something that is not a folder</source>
        <translation>किसी ऐसी चीज़ के भीतर जो फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>The path to your data file %1 leads through a circle of links, so it was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 का पथ लिंक के एक चक्र से होकर जाता है, इसलिए उसे वैसा ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>inside %1, which is %2</source>
        <translation>%1 के भीतर, जो %2 है</translation>
    </message>
    <message>
        <source>Your data file %1 is a link that leads back to itself (through %2), so it was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1 एक ऐसा लिंक है जो (%2 से होकर) वापस ख़ुद पर आता है, इसलिए उसे वैसा ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist (perhaps on a drive that is not connected), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1, %2 का लिंक है, जो मौजूद नहीं है (शायद किसी ऐसी ड्राइव पर जो जुड़ी नहीं है), इसलिए लिंक को वैसा ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which cannot be reached (%3), so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1, %2 का लिंक है, जिस तक पहुँचा नहीं जा सकता (%3), इसलिए लिंक को वैसा ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>a link to %1, which is %2</source>
        <translation>%1 का लिंक, जो %2 है</translation>
    </message>
    <message>
        <source>Your data file %1 is a link to %2, which does not exist, so the link was left as it is and your progress cannot be saved this time.</source>
        <translation>आपकी डेटा फ़ाइल %1, %2 का लिंक है, जो मौजूद नहीं है, इसलिए लिंक को वैसा ही छोड़ दिया गया और इस बार आपकी प्रगति सहेजी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Career Guide keeps your data only in a regular file.</source>
        <translation>%1 सामान्य फ़ाइल नहीं है; Career Guide आपका डेटा केवल सामान्य फ़ाइल में रखता है।</translation>
    </message>
    <message>
        <source>%1 Another program holds it locked, so what you saved cannot be read now and is not shown (rather than an out-of-date copy); close the other program and start Career Guide again.</source>
        <translation>%1 किसी दूसरे प्रोग्राम ने इसे लॉक कर रखा है, इसलिए आपका सहेजा हुआ अभी पढ़ा नहीं जा सकता और दिखाया नहीं गया (पुरानी प्रति के बजाय); दूसरा प्रोग्राम बंद करें और Career Guide फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>%1 It cannot be read with its journal (%2), and without it an out-of-date copy would be shown, so what you saved is not shown this time; it was left as it is.</source>
        <translation>%1 इसे इसके जर्नल (%2) के साथ पढ़ा नहीं जा सकता, और उसके बिना पुरानी प्रति दिखती, इसलिए इस बार आपका सहेजा हुआ नहीं दिखाया गया; इसे वैसा ही छोड़ दिया गया।</translation>
    </message>
</context>
<context>
    <name>cg::WriteTransaction</name>
    <message>
        <source>%1: the user database is locked by another program; try again in a moment.</source>
        <translation>%1: उपयोगकर्ता डेटाबेस किसी दूसरे प्रोग्राम ने लॉक कर रखा है; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>An offline guide to the back-end developer career.</source>
        <translation>बैक-एंड डेवलपर करियर के लिए एक ऑफ़लाइन गाइड।</translation>
    </message>
    <message>
        <source>Use this content database.</source>
        <translation>इस कंटेंट डेटाबेस का उपयोग करें।</translation>
    </message>
    <message>
        <source>Keep your own data in this file.</source>
        <translation>अपना डेटा इस फ़ाइल में रखें।</translation>
    </message>
    <message>
        <source>Use this language (e.g. en, es, hi).</source>
        <translation>इस भाषा का उपयोग करें (जैसे en, es, hi)।</translation>
    </message>
    <message>
        <source>Quit once the window has been painted.</source>
        <translation>विंडो दिखने के बाद बाहर निकलें।</translation>
    </message>
    <message>
        <source>Career Guide cannot start</source>
        <translation>Career Guide शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); run it from a desktop session</source>
        <translation>कोई डिस्प्ले नहीं मिला (न DISPLAY सेट है, न WAYLAND_DISPLAY); इसे डेस्कटॉप सेशन से चलाएँ</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>आपका डेटा</translation>
    </message>
    <message>
        <source>no content database found; looked for %1 (use --content-db PATH to name one)</source>
        <translation>कोई कंटेंट डेटाबेस नहीं मिला; %1 पर खोजा गया (किसी एक को चुनने के लिए --content-db PATH दें)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>--lang cannot change the window that is already open; close it and start Career Guide again to use another language</source>
        <translation>--lang पहले से खुली विंडो को नहीं बदल सकता; किसी दूसरी भाषा के लिए उसे बंद करें और Career Guide फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Career Guide is already open with this data file; its window was brought to the front</source>
        <translation>Career Guide इस डेटा फ़ाइल के साथ पहले से खुला है; उसकी विंडो सामने लाई गई</translation>
    </message>
</context>
</TS>
