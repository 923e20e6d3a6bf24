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
    Friday afternoon, Riverside House, where your bleep feels like contraband.
- else:
    # hours -2
    Friday afternoon, four doors down from your own office.
}
Marcus Webb, medicine's finance business partner, has printed the agency report in colour. Medicine is over its agency spending limit again; Janet Cole wants a recovery plan by Thursday.
{mon_front_line:
    Grace Okafor sits beside you.
- else:
    Grace Okafor sits by the door.
}
{mon_promise:
    She has a folded sheet in her pocket.
}
{wed_huddle:
    That half-seven huddle saved two lists yesterday. # speaker webb pleased
}
-> numbers

= numbers
Larch has three point two WTE of registered nurse vacancies, nearly all filled by agency: about nine thousand a month more than the posts would cost. Over a hundred thousand a full year on that run-rate, and the executives want it recurrent. # speaker webb neutral
{role == "clinician": -> numbers_clinician}
-> numbers_manager

= numbers_clinician
{as_partner:
    You know what an unfilled night on Larch means: observations slip, and the call to the doctor comes later, about a patient who is sicker by then. # aside
}
{knows_run_rate and knows_recurrent:You follow it, just.|Run-rate and recurrent: Marcus's words, said fast.}
* [Ask what run-rate and recurrent mean # hours -1 # asks run-rate # asks recurrent]
    # trust.executives +2
    # trust.clinicians +2
    # skill understanding
    Run-rate: this month, carried forward. Recurrent: saved every year. Our own nurses in the vacancies: the premium goes for good. Empty shifts this winter: one-off. Posts out of the establishment: recurrent too. # speaker webb pleased
    Taking posts out. Those are my vacancies. # speaker okafor worried
    Marcus looks as if she has improved his spreadsheet and ruined it.
* (nod) [Agree the cut as Marcus puts it, and move on # nods recurrent]
    # later 2 budget -4 why Marcus took Larch's three point two WTE out of its budget as a recurrent saving, the chief nurse's sign-off still to come, but its nights still needed nurses, now booked as agency with no budget behind them
    # trust.clinicians -1
    {knows_recurrent:
        You agree to put a recurrent cut of three point two WTE into the plan: posts out of Larch's establishment, for good, once the chief nurse signs it off. Grace has never heard "recurrent" used like that, and doesn't ask. You don't say it for her.
    - else:
        You nod before Grace can ask what he means. You agree to put a recurrent cut of three point two WTE into the plan, assuming he means the agency.
    }
- -> acuity

= numbers_manager
Grace's budget is counted in WTE; her roster, and her nights, in shifts. # aside
* [Put three point two WTE in shifts]
    # trust.clinicians +4
    # skill communication
    Three point two WTE is three point two full-time posts: about a hundred and twenty hours. Ten long shifts a week, give or take, from agency. # speaker you
    Seven nights and three days. So every night my second nurse is agency. # speaker okafor neutral
    Marcus writes 10 SHIFTS beside the figure, put out he didn't think of it.
* [Let Marcus take everyone through the pack # hours -1]
    # trust.clinicians -3
    # trust.executives +1
    Cost centre, establishment, bank, agency, premium pay, variance. Every figure correct, oddly soothing. Grace answers a text with one thumb; you catch the word bay.
- -> acuity

= acuity
Tuesday, two in the morning, bay three: a man of eighty-one, NEWS2 of seven, one registered nurse for fourteen. The agency nurse is why someone was with him when he went off. # speaker okafor worried
I need to tell the committee the plan is safe. # speaker webb neutral
Two registered nurses at three in the morning is the floor, not safe. What's yours? # speaker okafor worried # term safe
Inside the limit, with a recovery plan the division has signed. # speaker webb neutral
{role == "clinician": -> acuity_clinician}
-> acuity_manager

= acuity_clinician
Marcus writes "NEWS2 7" in his notebook, with a question mark. # aside
* (explain) [Translate NEWS2 for Marcus]
    # trust.executives +3
    # trust.clinicians +1
    # skill communication
    Five, a doctor urgently. Seven, someone senior at the bed now. If the only nurse for fourteen is at that bed, thirteen have nobody. # speaker you
    Could we count those sevens against agency cover? The committee reads risks. # speaker webb pleased
* [Back Grace flatly: nights aren't negotiable]
    # trust.clinicians +4
    # trust.executives -4
    # budget -3
    ~ fri_nights_flat = true
    The night agency nurse stays. I won't see one nurse left with fourteen patients. # speaker you
    Marcus half-closes his laptop, which for Marcus is slamming a door.
    Then I'll have to tell Janet medicine isn't engaging with the agency limit. # speaker webb worried
- -> deal

= acuity_manager
{knows_news2:
    You know a seven means a doctor now. You have never pictured the nurse beside it.
- else:
    NEWS2 is a column in your quality report, beside a target. What a seven asks of one nurse with fourteen patients at night, you could not say. # aside
}
* (ask) [Ask Grace what a seven means at night # hours -1 # asks news2]
    # trust.clinicians +4
    # skill listening
    At five you want a doctor within the half hour. At seven you want a doctor now, and you don't leave the bed. # speaker okafor neutral
    So on Tuesday one nurse was choosing between him and thirteen other people. # speaker you
    Every night I'm short, somebody's choosing. # speaker okafor worried
* [Note it: unusually high acuity that night]
    # later 2 care -4 why Logged as a one-off, Larch's acuity never reached the risk register, and another sick patient waited
    # trust.clinicians -2
    Noted. Unusually high acuity that night. # speaker you
    Grace has had a Tuesday like it every week since the summer.
- -> deal

= deal
{numbers_clinician.nod:
    Marcus's summary reads: Larch establishment, minus three point two WTE, recurrent.
    That's my vacancies gone for good. # speaker okafor worried
}
Bernie Quinn, head of nursing, arrives.
Larch nights come past me. I won't sign below two registered nurses. # speaker quinn neutral
{numbers_clinician.nod:
    And posts don't leave a ward's establishment without my review. # speaker quinn worried
}
* (cut) [{role == "clinician":Agree a flat cut in the plan: the same share off every ward's agency|Put a flat cut in the plan: the same share off every ward's agency}]
    # level organisation
    # budget +6
    # trust.clinicians -5
    # trust.executives +3
    # later 2 care -5 why At night every agency shift now waited for a director's approval; when the bank had nobody and the approval came too late, Larch ran one registered nurse short
    Clean, on target, fair in a table.
    {role == "clinician":
        {fri_nights_flat: Grace looks at you. You said nights weren't negotiable an hour ago.} Bernie writes "not Larch nights" across her copy. The plan goes to Janet with your name on it and hers missing.
    - else:
        Bernie refuses Larch nights in writing. The plan goes to Janet with the full saving in it anyway.
    }
    Its quality impact assessment goes to the chief nurse and the medical director with Bernie's objection attached, and comes back the following week signed, Larch's nights protected on paper: two registered nurses, the bank first, and any agency shift only with a director's approval.
    I'll tell the night team. They'll be thrilled. # speaker okafor worried
* (bank) [{role == "clinician":Back Grace: days to bank, two registered nurses on nights|Days to bank; keep two registered nurses on nights}]
    # level department
    # budget +3
    # care +1
    # trust.clinicians +2
    # trust.executives +1
    # skill understanding
    Days move to Alderbank's own bank: cheaper, and nurses who know where the sluice is.
    Days are three shifts in ten: at bank rates, a quarter off the hundred thousand. The rest I can argue is risk{explain or ask:, with the NEWS2 nights beside it}. # speaker webb neutral
* (locum) {role == "clinician"} [Save on medical locums: consultants act down # authority cover]
    # level department
    # budget +1
    # care +1
    # trust.clinicians +2
    # wellbeing -2
    # later 2 trust.leaders -2 why The consultants heard they'd be acting down on the take before anyone asked them
    ~ fri_locum = true
    Premium pay isn't only nurses. Four locum registrar shifts a month on the take: consultants act down instead, me first, at the internal rate. # speaker you
    At our internal rate, a little cheaper than an agency registrar; at the BMA's rate card it wouldn't be. Not free. # speaker webb neutral
    Your colleagues will hear before you ask them. The registrars on the take hear they will have a consultant beside them, not a locum they have never met.
* (overcap) {role == "manager"} [Put Larch's nights over the cap to the exec for sign-off # authority agency]
    # budget -3
    # care +3
    # trust.clinicians +3
    # trust.executives -2
    ~ fri_bank_incentive = true
    Larch keeps its second night nurse from the one agency that will fill nights, above the NHS England price cap, night after night until the chief nurse's bank incentive fills the shifts: weeks, Marcus reckons, not days. You write the safety case for each shift; the chief executive signs each one; the weekly return carries your name.
    I'll co-sign. # speaker quinn pleased
    That's a cost pressure, not a saving. Janet will ask. # speaker webb worried
    Then I'll answer. # speaker you
- {mon_promise:
    -> promise_test
}
-> next

= next
What happens next? Last time somebody wrote it up and nothing did. # speaker okafor neutral
* [Invite Marcus to do a night on Larch]
    # level practice
    # skill understanding
    # later 2 trust.clinicians +3 why Marcus did a night on Larch with Ade, and came back talking about shifts, not WTE
    # later 2 trust.executives +3 why Marcus did a night on Larch with Ade, and came back talking about shifts, not WTE
    ~ fri_marcus_night = true
    Come and do a night on Larch, Marcus. See three point two WTE at three in the morning. # speaker you
    Bring flat shoes. Ade will show you round. He'll enjoy that far too much. # speaker okafor pleased
* {role == "clinician"} [Ask Marcus for an hour on the finance pack # hours -1]
    # level practice
    # trust.executives +3
    # skill understanding
    My name's on this every month. I ought to understand it. # speaker you
    Marcus fails to hide how pleased he is.
    You'll tell us what it says, then. In English. # speaker okafor neutral
* {role == "manager"} [Spend a night on Larch as a spare pair of hands # hours -2]
    # level practice
    # trust.clinicians +4
    # wellbeing -2
    # skill listening
    ~ fri_own_night = true
    Put me on a night, Grace. Any job. Give me something useful to do. # speaker you
    Drinks at four and call bells. One night will tell you more than that report. # speaker okafor pleased
- -> close

= promise_test
She flattens the sheet: every Larch TTO this week, written and arrived, in her small hand.
Four patients kept an extra night for a bag of tablets. You said you'd take this upstairs. Did you? # speaker okafor neutral
* {role == "clinician"} [Admit it's stalled; book the chief pharmacist for Monday # hours -1]
    # trust.clinicians +3
    # skill listening
    ~ fri_tto_followup = true
    Not properly. The week ate it, and I let it. Monday: the chief pharmacist, and your sheet. # speaker you
    That's more honesty than I usually get from upstairs. # speaker okafor pleased
* {role == "manager"} [Admit it's stalled; put TTOs on Tuesday's divisional board # hours -1]
    # level department
    # trust.clinicians +3
    # skill communication
    ~ fri_tto_followup = true
    I emailed pharmacy, got an out-of-office, and should have walked over. It's on Tuesday's divisional board. Bring that sheet. # speaker you
    Grace folds the sheet carefully into her inside pocket.
* [Say it's in hand; close the meeting]
    # trust.clinicians -4
    # later 2 trust.clinicians -3 why The TTOs stayed late, and Larch stopped believing "in hand"
    It's in hand. # speaker you
    In hand. Right. # speaker okafor worried
    She folds the paper away. Next time she will not bring it.
- -> close

= close
{role == "clinician":
    Grace texts as you reach the stairs: bay three again, registrar with him.
- else:
    Your calendar chimes: the four o'clock performance review.
}
-> scene_end
