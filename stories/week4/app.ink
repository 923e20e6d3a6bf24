// Week 4, Thursday in the staff café. Barrier: status. Level: practice.
// A trust-wide wellbeing app is launched; the front line react over lunch.

VAR w4_app_listened = false

=== w4_app ===
# title There's an app for that
# barrier status
# place cafe
# day Thursday
# week 4
# level practice
{here:
    Thursday, half past twelve, the staff café. There are new posters on every wall: a smiling nurse, a sunrise, a QR code and the words YOUR WELLBEING MATTERS. BREATHE. The app launched this morning.
- else:
    You hear about the wellbeing app from the launch email, which arrives at 07:02 with a video from the chief executive and a link to a mindfulness module that takes forty minutes.
}
The app offers breathing exercises, a mood tracker, sleep stories and a chatbot. It cost the trust a little over eighty thousand pounds for the year, paid from the workforce budget.
{here:
    Kev Doyle, at the porters' table, has scanned the QR code. He reads aloud from his phone.
    "Take a moment to notice five things you can see." I can see nine trolleys, a man who's been waiting for a bed since Tuesday and the same broken radiator. # speaker doyle pleased
    The table laughs. It is not a happy laugh.
}
{role == "clinician":
    You know what burnout looks like from the inside: you have watched two registrars leave this year, and you have a sleep problem of your own you have not mentioned to anyone. Burned-out doctors are more than twice as likely to leave within two years.
- else:
    You know the numbers on burnout: turnover, sickness absence, agency to cover the gaps. Nationally, in the United States alone, it costs billions of dollars a year in lost hours and leavers. You also know the app was the answer the workforce committee could buy before the end of the financial year.
}
{open_bello:
    Ade Bello has come in early for nights and is eating a sandwich at the next table.
    {pressing:
    - "organisation":
        It's not that we can't breathe. It's that every week something new lands from Riverside that nobody asked us about. The app's just the latest one. # speaker bello neutral # clue organisation
    - "department":
        Nobody on surgery needs an app. It's medicine: the rota, the meetings, the way the division treats nights. Fix that and I'll breathe fine. # speaker bello neutral # clue department
    - else:
        It's one or two of the consultants. How they speak to the nurses on the round. You'd need an app the size of a hospital to fix that. # speaker bello worried # clue practice
    }
- else:
    Ade Bello is at the next table. He nods at you and goes back to his sandwich, and his phone, on which the app is very definitely not installed.
}
* [Sit down at the porters' table and ask what would actually help]
    # trust.doyle +2
    # trust.bello +1
    # skill listening
    ~ w4_app_listened = true
    Kev counts on his fingers. Hot food after eight at night. A rota out more than a week ahead. A manager who says hello. Somewhere to sit that isn't a corridor. # speaker doyle neutral
    None of it is in the app.
* [Defend the app: it helps some people]
    # trust.executives +1
    # trust.clinicians -2
    It does help some people, and you say so. Kev says he's sure it does. The conversation moves to the football.
* {role == "manager"} [Tell them about the workforce strategy and the retention KPIs]
    # jargon
    # trust.doyle -2
    # trust.clinicians -1
    You explain how the app fits the workforce strategy and the trust's retention KPIs. Kev listens with great courtesy and then asks whether the strategy includes fixing the radiator.
* {role == "clinician"} [Admit you haven't slept properly in a month either]
    # trust.clinicians +2
    # wellbeing +1
    # skill listening
    You say it out loud, at a café table, to a porter and a healthcare assistant. There is a short silence. Then Kev pushes his flapjack across the table towards you, which is the most sympathetic thing you have seen this quarter.
- Grace Okafor comes in for a coffee and sees the posters.
{open_okafor:
    We had three people off with stress on Larch last month. None of it was about breathing. It was about being talked over on the ward round and finding out about changes from the patients. # speaker okafor worried
- else:
    She looks at the posters, then at you, and says nothing at all. It is very loud.
}
Dr Marsh's launch video is playing on the café screen on a loop. "Wellbeing starts with each of us taking responsibility for our own resilience," she says, for the fourth time this lunch. # clue practice
* [Ask the wards where the real pressure points are, team by team, and act on one each]
    # intervene practice
    # trust.clinicians +1
    # hours -1
    # skill understanding
    You ask each ward sister the same question: what is the one thing about how this team works that wears people down? You get six different answers and start on the easiest two.
* [Take medicine's wellbeing problem to the division: its rota and its meetings]
    # intervene department
    # trust.leaders -1
    You put it on the divisional agenda: the survey, the sickness absence and the night rota. The consultants are not pleased to be the item.
* [Ask the trust to put the app money into hot food at night instead]
    # intervene organisation
    # budget -1
    # trust.executives -1
    You email the workforce director: eighty thousand pounds would keep the café open till midnight for a year. She replies that the app contract is signed. But she will "look at nights".
* {arc_mapping == 0} [Ask Kev who people really talk to when they are struggling]
    # arc mapping
    # trust.doyle +2
    # skill listening
    Kev gives you four names: a night sister, a physio, a ward clerk and himself. None of them has "wellbeing" in their job title. You start a map.
* {not kitchen} [Propose a shared staff kitchen where managers and clinicians can meet]
    # build kitchen
    # budget -2
    # skill understanding
    You find a room between the wards and the offices, a kettle and a fridge. Estates say three weeks. Kev says he'll believe it when he sees the kettle.
- The posters stay up. {w4_app_listened: By Monday, someone has added a handwritten list under one of them: "Also helpful: hot food after 8pm, rotas 6 weeks ahead." Nobody takes it down.|By Monday, someone has drawn a moustache on the smiling nurse.}
* [Go back to the office]
    # hours +1
    You go back to the office. The app sends you a notification reminding you to take a moment for yourself.
* [Stay for another coffee with whoever is there]
    # trust.clinicians +1
    # wellbeing +1
    You stay. A pharmacist you've never met tells you about her allotment. It is the best fifteen minutes of your week.
- -> scene_end
