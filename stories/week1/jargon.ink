// Friday: Marcus Webb's office in Riverside House. Barrier: jargon/background. Level: department.
// Reads mon_promise, mon_front_line, wed_showed_up, wed_huddle.

=== week1_jargon ===
# title Heads, not WTE
# barrier jargon
# place finance
# day Friday
# level department
{role == "clinician":
    # hours -2
    Friday, half past one. You leave the registrar your last patients and cross to Riverside House, where your bleep feels like contraband.
- else:
    # hours -2
    Friday, half past one, four doors from your own office. You read the agency report at the kitchen table last night.
}
Marcus Webb, finance business partner for medicine, has printed the agency report in colour. Medicine is over its agency limit again, and Janet Cole wants a recovery line by Thursday.
{mon_front_line:
    Grace Okafor takes the chair beside you this time.
    Forty minutes. My deputy has the ward, so let's not waste them. # speaker okafor neutral
- else:
    Grace Okafor takes the chair by the door.
    Forty minutes, then I'm back on the ward. # speaker okafor neutral
}
{mon_promise:
    She touches a folded sheet in her pocket as she sits.
}
{wed_huddle:
    That eight o'clock huddle: two lists went ahead yesterday that would have been cancelled. # speaker webb pleased
}
-> numbers

= numbers
Headlines. Larch has three point two WTE of registered nurse vacancies, nearly all filled by agency, at about eighteen thousand a month over budget. On that run-rate it's over two hundred thousand by year end, and the executive team wants the saving recurrent. # speaker webb neutral
{role == "clinician": -> numbers_clinician}
-> numbers_manager

= numbers_clinician
WTE and establishment you know. {knows_run_rate and knows_recurrent:You follow the rest, just.|Run-rate and recurrent are Marcus's words, and he says them fast.}
* [Ask Marcus what run-rate and recurrent mean # hours -1]
    # trust.executives +2
    # trust.clinicians +2
    # skill understanding
    Run-rate: this month's spend carried forward as if nothing changes. Recurrent: saved every year, not just this one. Stopping agency is one-off. Taking posts out of the establishment is recurrent. # speaker webb pleased
    Taking posts out. Those are my vacancies. I'm recruiting to them. # speaker okafor worried
    Marcus looks as if she has improved his spreadsheet and ruined it.
* (nod) [Nod along; you can look it up tonight]
    # later 2 budget -4
    # trust.clinicians -1
    You nod. If the clinical director follows this, Grace can hardly say she doesn't.
    By the end you have agreed, in principle, a recurrent cut of three point two WTE. You assume he means the agency.
* [Ask Grace who is actually on Larch at night]
    # trust.clinicians +3
    # skill listening
    {mon_front_line:
        On paper, two registered nurses and Ade for twenty-eight. In real life, one of mine, one agency nurse who's never seen the ward, and Ade. That agency nurse is your three point two. # speaker okafor worried
    - else:
        On paper, two nurses and a care assistant. # speaker okafor neutral
        She leaves it there. On Monday nobody asked her much.
    }
- -> acuity

= numbers_manager
Marcus is speaking your language. Grace manages her roster in WTE too, but she lives it in shifts.
* [Put it in shifts: what three point two WTE is on the rota]
    # trust.clinicians +4
    # skill communication
    Three point two WTE is three point two full-time posts: about a hundred and twenty hours a week. Ten long shifts, give or take, every week, from agency. # speaker you
    Seven nights and three days. So every night my second nurse is agency. # speaker okafor neutral
    Marcus writes 10 SHIFTS beside the figure, put out he didn't think of it.
* [Let Marcus take everyone through the pack line by line # hours -1]
    # trust.clinicians -3
    # trust.executives +1
    Cost centre, establishment, bank, agency, premium pay, variance. Every figure is correct, and you find it oddly soothing. Grace answers a text with one thumb; you catch the word bay.
* [Ask Grace what a night on Larch looks like, in heads]
    # trust.clinicians +3
    # skill listening
    {mon_front_line:
        One nurse who knows the ward, one agency nurse who doesn't, and Ade, who knows it better than either. Twenty-eight patients. # speaker okafor worried
    - else:
        Two nurses and a care assistant on the roster. One of the nurses is usually agency. # speaker okafor neutral
        She doesn't add anything. You haven't yet earned more.
    }
- -> acuity

= acuity
Tuesday night, bay three: a man of eighty-one, NEWS2 of seven at two in the morning. One registered nurse for fourteen patients. The agency nurse is why someone was with him when he went off. # speaker okafor worried
I need to tell the committee the plan is safe. # speaker webb neutral
Safe is two registered nurses on at three in the morning. What's yours? # speaker okafor worried # term safe
Inside the cap, with a recovery plan the division has signed. # speaker webb neutral
{role == "clinician": -> acuity_clinician}
-> acuity_manager

= acuity_clinician
You know what a seven means: a senior at the bedside and a nurse who cannot leave it. Marcus doesn't.
* (explain) [Translate NEWS2 for Marcus in plain terms]
    # trust.executives +3
    # trust.clinicians +1
    # skill communication
    A score from the obs. Five, a doctor urgently. Seven, someone senior at the bed now. If the only nurse for fourteen is at that bed, thirteen have nobody. # speaker you
    Could we count those nights, sevens against agency cover? Next to the spend, it stops being a cost line and becomes a risk. The committee reads risks. # speaker webb pleased
* [Back Grace flatly: nights are not up for discussion]
    # trust.clinicians +4
    # trust.executives -4
    # budget -3
    The night agency nurse stays. I won't see one nurse left with fourteen patients. # speaker you
    Marcus closes his laptop halfway, which for Marcus is slamming a door.
    Then I'll have to tell Janet medicine isn't engaging with the cap. # speaker webb worried
- -> deal

= acuity_manager
{knows_news2:
    You know a seven means a doctor now. You have never pictured the nurse beside it.
- else:
    NEWS2. You see it on incident reports, always beside a number. You have never been sure whether seven is a lot.
}
* (ask) [Ask Grace what a seven means on a short night # hours -1]
    # trust.clinicians +4
    # skill listening
    At five you want a doctor soon. At seven you want a doctor now, and you don't leave the bed. # speaker okafor neutral
    So on Tuesday one nurse was choosing between him and thirteen other people. # speaker you
    Every night I'm short, somebody's choosing. # speaker okafor worried
* [Nod: noted, acuity was unusually high that night]
    # later 2 care -4
    # trust.clinicians -2
    Noted. Unusually high acuity that night. # speaker you
    Grace hears Tuesday filed as a one-off. She has had a Tuesday like it every week since the summer. She looks at the clock.
- -> deal

= deal
{numbers_clinician.nod:
    Marcus's summary reads: Larch establishment, minus three point two WTE, recurrent.
    That's my vacancies gone for good. # speaker okafor worried
    You had thought he meant the agency.
}
Bernie Quinn, head of nursing for medicine, slips into the last chair.
Larch nights come past me. I won't sign below two registered nurses. # speaker quinn neutral
{numbers_clinician.nod:
    And posts don't leave a ward's establishment without my review. # speaker quinn worried
}
* (cut) [Cut agency by the same share on every ward]
    # level organisation
    # budget +6
    # care -4
    # trust.clinicians -5
    # trust.executives +3
    # later 2 care -3
    Clean, on target, fair in a table. It treats a quiet elective ward and Larch at three in the morning as the same place.
    I'll tell the night team. They'll be thrilled. # speaker okafor worried
* (bank) [Days to bank; keep two registered nurses on nights]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # trust.executives +1
    # skill understanding
    Days move from agency to Alderbank's own bank: cheaper, and nurses who know where the sluice is. Nights keep two registered nurses.
    That's about two-thirds of the number. The rest I can argue is risk{explain or ask:, with the NEWS2 nights beside it}. # speaker webb neutral
* (locum) {role == "clinician"} [Save on medical locums: consultants act down # authority cover]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # wellbeing -2
    # later 2 trust.leaders -2
    Premium pay isn't only nurses. Four locum registrar shifts a month go on the take. Consultants will act down on those instead, me first, and Larch keeps its nights. # speaker you
    That's real money. # speaker webb pleased
    Your colleagues will hear about it before you can ask them.
* (overcap) {role == "manager"} [Sign off Larch's nights over the cap, and report it # authority agency]
    # budget -4
    # care +3
    # trust.clinicians +3
    # trust.executives -2
    Larch keeps its second registered nurse at night. The shifts over the cap go through sign-off and into the weekly return, with your name on them.
    I'll co-sign. # speaker quinn pleased
    That's a cost pressure, not a saving. Janet will ask. # speaker webb worried
    Then I'll answer. # speaker you
- {mon_promise:
    -> promise_test
}
-> next

= next
So what happens next? Last time somebody wrote it up and nothing did. # speaker okafor neutral
* [Invite Marcus to spend a night on Larch with Grace]
    # level practice
    # skill understanding
    # later 2 trust +3
    Come and do a night on Larch, Marcus. See three point two WTE at three in the morning. # speaker you
    Bring a pen and flat shoes. Ade will show you where everything is. He'll enjoy that far too much. # speaker okafor pleased
* {role == "clinician"} [Ask Marcus for an hour on the finance pack # hours -1]
    # level practice
    # trust.executives +3
    # skill understanding
    I sign this off every month. I ought to understand what I'm signing. # speaker you
    Marcus fails completely to hide how pleased he is.
    You'll tell us what it says, then. In English. # speaker okafor neutral
* {role == "manager"} [Book yourself a night shift on Larch # hours -2]
    # level practice
    # trust.clinicians +4
    # wellbeing -2
    # skill listening
    Put me on a night, Grace. No lanyard. Give me something useful to do. # speaker you
    Drinks round at four and call bells. One night will tell you more than that report ever has. # speaker okafor pleased
- -> close

= promise_test
She flattens the folded sheet: every TTO on Larch this week, written and arrived, in her small, exact hand.
Four patients kept an extra night for a bag of tablets. You said you'd take this upstairs. Did you? # speaker okafor neutral
* {role == "clinician"} [Admit it's stalled; book the chief pharmacist for Monday # hours -1]
    # trust.clinicians +3
    # skill listening
    Not properly. Dr Marsh called it a trust-wide problem and I left it there. Monday: the chief pharmacist, and your sheet. # speaker you
    That's more honesty than I usually get from upstairs. # speaker okafor pleased
* {role == "manager"} [Admit it's stalled; put TTOs on Tuesday's divisional board # hours -1]
    # level department
    # trust.clinicians +3
    # skill communication
    I emailed pharmacy and got an out-of-office. I should have walked over. It's on Tuesday's divisional board, and I want you there with that sheet. # speaker you
    Grace folds the sheet again, carefully, and puts it in her inside pocket.
* [Say it's in hand and bring the meeting to a close]
    # trust.clinicians -4
    # later 2 trust.clinicians -3
    It's in hand. # speaker you
    In hand. Right. # speaker okafor worried
    She folds the paper away. Next time she will not bring it.
- -> close

= close
{role == "clinician":
    Your bleep goes before you reach the bottom of the stairs. Bay three again.
- else:
    Your calendar chimes: the four o'clock performance review.
}
-> scene_end
