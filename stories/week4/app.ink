// Week 4, Thursday in the staff café. Barrier: status. Level: practice.
// A trust-wide wellbeing app is launched; the front line react over lunch.
// Premise 5 (EVIDENCE.md): a trust-wide fix for a problem that may sit in one department or one team.
// Backing the app is no intervention at any level: it treats the worker, not the workplace (EVIDENCE §1), and
// where the tension is the organisation's, the app is one more thing landing from Riverside (Bello's clue).
// Moving its money to night food is the organisation-level move.

VAR w4_app_listened = false

=== w4_app ===
# title There’s an app for that
# barrier status
# place cafe
# day Thursday
# week 4
# level practice
{here:
    Thursday, half past twelve, the staff café. New posters on every wall: a smiling nurse, a sunrise, a QR code and YOUR WELLBEING MATTERS. The trust's wellbeing app launched this morning.
    Kev Doyle, at the porters' table, reads from his phone.
    "Take a moment to notice five things you can see." I can see nine trolleys, a man waiting for a bed since Tuesday and the same broken radiator. # speaker doyle pleased
    The table laughs. It is not a happy laugh. Kev puts his phone face down.
    What would actually help is hot food after eight at night. # speaker doyle neutral # request clinicians
- else:
    The wellbeing app arrives by email at 07:02, with a launch video. By teatime Kev Doyle's review has reached you twice: asked to notice five things he could see, he listed nine trolleys, a man waiting for a bed since Tuesday and the broken radiator. What would help, he adds, is hot food after eight at night. # request clinicians
}
Breathing exercises, a mood tracker, sleep stories, a chatbot: a little over eighty thousand pounds for the year, from the trust's workforce budget.
{role == "clinician":
    You have watched two registrars leave this year, and you have not slept properly for a month. # aside
- else:
    You know burnout by its invoices: sickness absence, leavers, agency for the gaps. # aside
}
{open_bello:
    {here:Ade Bello, in for his mandatory training day, leans over from the next table.|Ade Bello stops you by the lifts that evening.}
    {pressing:
    - "organisation":
        It's not that we can't breathe. Every week something new lands from Riverside that nobody asked us about. The app's just the latest. # speaker bello neutral # clue organisation
    - "department":
        Surgery's nights are fine. It's medicine: the rota, the meetings, the way the division treats nights. Fix that and I'll breathe fine. # speaker bello neutral # clue department
    - else:
        It's one or two of the consultants. How they speak to the nurses on the round. No app fixes that. # speaker bello worried # clue practice
    }
- else:
    {here:Ade Bello is at the next table. The app is very definitely not on his phone.|Ade Bello has not downloaded the app. Nobody on nights has.}
}
* [{here:Sit with the porters|Find Kev Doyle} and ask what would actually help]
    # trust.doyle +2
    # trust.bello +1
    # skill listening
    ~ w4_app_listened = true
    The hot food, first. Then a rota out more than a week ahead. A manager who says hello. Somewhere to sit that isn't a corridor. # speaker doyle neutral
    None of it is in the app.
* [Back the app: it helps some people]
    # trust.executives +1
    # trust.clinicians -1
    It does help some people, and you say so. {here:Kev says he's sure it does, and nobody at the table gets out a phone. The conversation moves to the football.|Kev replies with a thumbs up, and nothing else.} The app's sponsor in Riverside House hears you stood up for it.
* {here} {role == "manager"} [Explain the workforce strategy and the retention KPIs]
    # jargon
    # trust.doyle -2
    You explain how the app fits the workforce strategy and the retention KPIs. Kev listens with great courtesy, then asks whether the strategy includes the radiator.
* {role == "clinician"} [Admit you haven't slept properly in a month either]
    # trust.clinicians +2
    # wellbeing +1
    # skill listening
    {here:You say it out loud, to a porter and a healthcare assistant. A short silence. Then Kev pushes his flapjack across the table towards you.|You say it to Kev, by the lifts. A short silence. Then: "You and everyone else, doc."}
- {here:Grace Okafor comes in for a coffee and sees the posters.|Grace Okafor rings about a discharge, then about the posters.}
{open_okafor:
    {pressing:
    - "organisation":
        Three off with stress on Larch last month. None of it was breathing. It was changes landing from Riverside House without a word to us. # speaker okafor worried # clue organisation
    - "department":
        Three off with stress on Larch last month. None of it was breathing. It was medicine's rota, and divisional meetings where nurses are an item, not a voice. # speaker okafor worried # clue department
    - else:
        Three off with stress on Larch last month. None of it was breathing. It was being talked over on one consultant's round. The other rounds are fine. # speaker okafor worried # clue practice
    }
- else:
    {here:She looks at the posters, then at you, and says nothing at all. It is very loud.|She does not mention the app at all, which says enough.}
}
Dr Marsh's launch video {here:loops on the café screen|is at the top of the email}.
A supportive trust gives people tools. The app is a start. The rest is how we treat each other, team by team. # speaker marsh neutral recorded # clue practice # term supportive
* [Ask each ward what wears its team down, and act on one]
    # intervene practice
    # trust.clinicians +1
    # hours -1
    # skill understanding
    You ask each ward sister the same question. Four wards, four different answers. You start on the easiest two.
* [Put wellbeing on medicine's divisional board: rota, meetings, nights]
    # intervene department
    # trust.leaders -1
    It goes to Tuesday's divisional board: the survey, sickness absence and the night rota, with a ward sister and a registrar given standing seats. The consultants are not pleased to be the item.
* [Ask the chief people officer to move the app money to night food]
    # intervene organisation asked clinicians
    # trust.executives -1
    Eighty thousand pounds a year would keep the café open till midnight and a hot-food vending machine stocked after that; the national standards for hospital food already expect staff to get healthy food round the clock. The app contract is signed, she says, but facilities will keep the café open till midnight for three months from next month.
* {arc_mapping == 0} [Ask Kev who people really talk to when they are struggling]
    # arc mapping
    # trust.doyle +2
    # skill listening
    Four names: Ade Bello on nights, a physio, a ward clerk and Kev. None has "wellbeing" in their job title. You start a map.
* {role == "clinician"} [Make it medicine's standard: the nurse in charge speaks on every round # authority standards]
    # intervene department
    # trust.leaders -1
    # skill communication
    You write it into medicine's ward-round standard: the nurse in charge speaks before the plan is made. Two consultants email to ask whether this is about them.
* {role == "manager" && not enc_cafe_food} [Fund a hot meal for medicine's night shifts until March # authority budget]
    # budget -2
    # wellbeing +1
    # trust.clinicians +1
    ~ enc_cafe_food = true
    From the division's non-recurrent money: a hot meal for every night shift in medicine, to the end of March. Marcus Webb asks, reasonably, what happens in the spring.
* {role == "manager" && enc_cafe_food} [Bid for the night food in next year's budget # authority budget]
    # trust.clinicians +1
    The night food you funded runs out in March. You put it into medicine's budget-setting for next year as a cost pressure, with the sickness figures beside it. Marcus says cost pressures are where good ideas go to wait. The night staff hear it has been asked for, which is more than they expected.
* {role == "manager" && not kitchen} [Commission a shared kitchen between the wards and offices # authority estates]
    # build kitchen
    # budget -2
    # skill understanding
    ~ kitchen_week = week
    A room, a kettle and a fridge, halfway between the wards and the offices. Estates say it will be open by Monday. Kev says he'll believe it when he sees the kettle.
- The posters stay up. {w4_app_listened: By Monday someone has added in biro under one of them: "Also helpful: hot food after 8pm, rotas 6 weeks ahead." Nobody takes it down.|By Monday someone has drawn a moustache on the smiling nurse.}
* [Go back to the office]
    # hours +1
    The app sends you a notification reminding you to take a moment for yourself.
* [Get a coffee with whoever is in the café]
    # trust.clinicians +1
    # wellbeing +1
    A pharmacist you've never met tells you about her allotment. You are ten minutes late back, and don't mind.
- -> scene_end
