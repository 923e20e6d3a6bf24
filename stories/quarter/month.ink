// The month-end review: how the workshop quarter closes, after week four (the full quarter
// closes with quarter_review after week eight). Medicine's monthly divisional performance
// review: the division presents its own pack, the executives question it.
// Reads the final meters, the trust groups, arcs and how the interventions landed; every line
// that says how the month went carries a `# claim` (tests/story/endings.test.ts).

=== month_review ===
# title The month-end review
# barrier status
# place exec
# day Friday
# week 4
Friday, eight o'clock, the small meeting room on the first floor of Riverside House: medicine's monthly performance review. Janet Cole chairs, with Dr Marsh beside her. On medicine's side of the table: you, {role == "clinician":your general manager with the pack, }Bernie Quinn with nursing and the workforce figures, and Marcus Webb with the money. The divisional pack runs to thirty pages.
{role == "clinician":
    You speak for medicine's clinicians. Your ward round starts at ten, and the registrar has been told to begin without you if this overruns. It usually overruns.
- else:
    You present; it is your pack. You have read all thirty pages twice, and you know which three Janet will turn to. The clinical director's chair beside you is empty: they are on the take this week, and the post-take round starts at eight.
}
{as_partner:
    {role == "clinician":
        Behind Dr Marsh's questions are names you know: medicine's incidents go through the division's quality meeting before they come to this table. # aside
    - else:
        You know the pack's thirty pages. The three Janet turns to first are agency spend, the elective waiting list and ED's four-hour position. # aside
    }
}
Marcus takes the money first. October's books will not close until the second week of November, so he gives September's closed position, the year to date, and his early view of October.
{
- budget < 40:
    Six months closed, and medicine is behind its year-to-date plan; his early view of October makes it worse. Marcus does not say "recovery" yet. He writes it on his pad, where you can read it. # claim budget<40
- budget < 55:
    Six months closed, and medicine is a little behind its year-to-date plan, still inside its line. Marcus wants to see October closed before he calls it a trend. # claim budget>=40 # claim budget<55
- else:
    Six months closed, and medicine is close to its year-to-date plan. Marcus says so, then adds "so far". # claim budget>=55
}
{
- care_moved <= -3:
    Dr Marsh asks about quality: incidents causing harm, falls, pressure ulcers, complaints, ward by ward. More falls on the medical wards than last month, and more of the incident reports mention staffing. She asks what medicine is doing about it, and writes down the answer. # claim care.moved<=-3
- care_moved < 3:
    Dr Marsh asks about quality: incidents causing harm, falls, pressure ulcers, complaints, ward by ward. About as many incidents causing harm on the medical wards as last month; she asks which of them happened at night. # claim care.moved>-3 # claim care.moved<3
- else:
    Dr Marsh asks about quality: incidents causing harm, falls, pressure ulcers, complaints, ward by ward. Fewer incidents causing harm on the medical wards than last month; she asks for the ward teams to be told. # claim care.moved>=3
}
Then Bernie Quinn's pages: sickness, vacancies, and what staff have told her matrons this month.
{
- trust_clinicians >= 60:
    Most of what staff raised was raised on the wards and sorted there, and the matrons' notes name the people who sorted it. Janet reads that line twice. # claim trust.clinicians>=60
- trust_clinicians >= 40:
    About the same as last month: the matrons' notes are mostly about staffing, and about nights. Janet moves on without comment, which in this room is neither praise nor blame. # claim trust.clinicians>=40 # claim trust.clinicians<60
- else:
    The matrons' notes use the word "unheard" three times. Nobody at the table asks who by. # claim trust.clinicians<40
}
{trust_clinicians < 40:
    Bernie reads two of the ward managers' comments aloud. Both are about being told rather than asked. # claim trust.clinicians<40
}
{trust_executives < 40:
    Janet's own summary of medicine this month is that it has been "hard to get hold of". She is looking at you. # claim trust.executives<40
}
{addressed:
    Dr Marsh has a comment from a ward sister in front of her, under "what went well": "For once somebody went after the thing that was actually wrong." # claim right>=2
}
{wrong_moves > right_moves:
    {wrong_moves + right_moves >= 2:Janet counts the new initiatives in medicine's pack: {in_words(wrong_moves + right_moves)}, in a month. She asks which of them went|Janet asks whether medicine's one new initiative went} where the wards said the trouble was. Nobody answers quickly enough. # claim wrong>=1
}
{arc_board == 2:
    The system board's clinical members have a question on its next agenda about night medical cover across the county's hospitals. Alderbank has been asked for an answer, with a date.
}
{arc_paired == 2 || arc_training == 2:
    {arc_paired == 2:Two people you put together this month|A consultant and a booking manager from your first joint half-day} are in the room to present the first page they have written together, {arc_paired == 2:a month into a pairing meant to run for most of the year|a month into the half-days}. It is the only page in the pack that both buildings have read.
}
Medicine's exceptions: the items Janet has circled. She nods at you.
* [Take the circled items one by one, with the numbers]
    # trust.executives +2
    # skill communication
    {role == "clinician":
        Bed days, agency spend, the waits: you take each in Janet's terms, with the action beside it. It is the shortest item of the morning. Janet thanks you for "a very clear update".
    - else:
        Three numbers, one risk and the date each action is due. Janet ticks her circles. Marcus, beside you, moves his pen to the next item, which from him is applause.
    }
    Dr Marsh asks nothing.
* [Tell them what the wards told you, in the wards' words]
    # trust.clinicians +3
    # trust.executives -1
    # skill listening
    ~ review_wards_words = true
    You read two sentences from your notebook, as they were said to you, without dressing them up.
    {open_okafor:
        They are Grace Okafor's sentences, and she has said you can use her name. You do.
    }
    {w4_survey_shared:
        Then a third, from the pulse survey's comments, which you asked for in full: a night healthcare assistant's. "Nobody tells nights anything. We find out about changes from the patients."
    }
    Janet looks at the clock. Dr Marsh writes something down, which she does not always do. Bernie copies your two sentences into her notebook, for the matrons on Monday.
* {role == "clinician"} [Ask Dr Marsh for cover for the clinics your clinical director sessions push out]
    # trust.leaders +2
    # trust.executives -1
    # skill communication
    {arc_induction == 2:
        For a week or two you have had your clinical director sessions protected, on a handshake. You ask for the clinics they displace to be backfilled, so that the handshake can become the job plan.
    - else:
        Your clinical director sessions are in your job plan and come out of your clinics every week. You ask Dr Marsh for those clinics to be backfilled, and say which ones this month cost.
    }
    Dr Marsh agrees to take it to the job-planning round. Janet says the backfill will need a business case.
* {role == "manager"} [Propose funding cover for the clinics the clinical director's role takes # authority budget]
    # trust.leaders +2
    # budget -2
    # skill understanding
    The clinical director's role comes out of two clinics a week, and medicine's follow-up waits show it. You propose two sessions a week of consultant backfill, so that the role stops coming out of clinics.
    Marcus winces, then pencils it into the forecast, pending the investment panel. Janet asks whether it will "slow things down". It's the clinics that are slowing now, you say.
- Janet moves to surgery.
As the room changes over, Janet asks what medicine will do differently next month.
* [Say you will be on the wards more, and in this building less]
    # trust.cole +1
    # skill understanding
    She laughs, briefly, then sees you mean it.
    Fair. Show me your diary at the next one. # speaker cole neutral
* [Say you will bring her problems sooner, before they are in the pack]
    # skill listening
    # trust.cole +1
    She writes "sooner?" on her agenda and underlines it.
    Start next week, then. # speaker cole pleased
* [Say medicine will keep doing what it is doing]
    # trust.cole +1
    # later 1 trust.clinicians -1 why Bernie heard you tell Janet medicine would carry on as it was, and by Monday the ward sisters had heard it from the matrons
    Good. Consistency. # speaker cole pleased
- The door closes behind you. The month is over. The quarter is not, and the winter has barely started.
-> scene_end
