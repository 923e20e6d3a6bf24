// Map encounter: a visit to the executive suite in Riverside House (formal: quick and filtered).
// The board arc is standing clinical seats on the system board (a GP, Dr Sunita Rao, and a consultant): a clinical
// voice where decisions are made. Never a trust consultant as a non-executive director.
// Sets enc_exec_sitecall once the clinician has put a consultant on the site call (the on-call rule replaces it) and
// enc_exec_agency once the manager has taken over-cap shifts for sign-off (the bed-meeting move replaces it).
VAR enc_exec_sitecall = false
VAR enc_exec_agency = false
VAR enc_exec_opelcall = false   // the site team now rings medicine's on-call consultant at OPEL 4 (once)
VAR enc_exec_bedmeeting = false // medicine's bed meeting moved before the 09:00 SitRep (once)
VAR enc_exec_trial = 0   // times the week-ahead trial has come up with Janet: asked for on the first, offered to theatres on the second, standing practice asked about on the third, made routine on the fourth, gone through after

=== enc_exec ===
# title Executive suite
# barrier status
# place exec
# day Monday
{
- week <= 3:
    The executive suite, third floor: carpet, quiet, a view of the main block, and a PA who knows exactly how many minutes you have. Eleven.
- week <= 5:
    The executive suite in the week of a letter from the CQC. Doors closed, voices low, untouched sandwiches outside the boardroom.
- else:
    The executive suite in November. The corridor screen shows the trust's OPEL level in a large friendly font. It says 4.
}
{role == "clinician":
    Ten minutes across the car park, in ward-round shoes. Janet's PA offers coffee as if you need reviving.
- else:
    Your home ground. Janet Cole's door is open. For you, it usually is. # aside
}
{as_partner and role == "clinician":
    On the board's papers, workforce is a red risk. You know it as rotas: a consultant post advertised three times, and gaps in the registrars' rota filled by locums at a week's notice. # aside
}
Janet Cole gives you exactly the time booked.
It's system pressure. Occupancy, the ICB, the regulator, winter. Everything else follows from that. # speaker cole worried # clue organisation
Workforce is the top risk on the BAF, and the winter ahead has turned it red. # speaker cole worried
{knows_baf: So the board will ask about it every month until it moves.|She says "BAF" as if it were a room you should know.}
{week >= 3:
    Dr Marsh looks in between two meetings about the same doctor.
    Individual practice, mostly. Half my week is one consultant at a time. Two can turn a department round; one can hold it back for years. # speaker marsh neutral # clue practice
}
{open_quinn:
    Bernie Quinn, your head of nursing, waits outside the chief nurse's office. She lowers her voice.
    {pressing:
    - "organisation":
        The nursing establishment review was signed off up here. The wards saw it after. # speaker quinn worried # clue organisation
    - "department":
        Surgery's three meet every Monday. We three meet when something's gone wrong. # speaker quinn worried # clue department
    - else:
        It's ward by ward. Grace's nurses speak up on the round; on Elm they wait to be asked. # speaker quinn worried # clue practice
    }
- else:
    Bernie Quinn, your head of nursing, waits outside the chief nurse's office. A tired nod.
}
{arc_board == 2:
    {weeks != 4 && board_week <= 3 && week >= 8:
        Sunita Rao is in the corridor, still talking about last Thursday's system board.
        A GP and a consultant on every clinical item now. Last week they sent the community beds plan back to the practices. # speaker rao pleased
    - else:
        Sunita Rao is in the corridor with the papers for the system board's next meeting, the first with a consultant's seat beside hers.
        I've asked the chair to take the community beds plan first. # speaker rao pleased
    }
}
+ [Ask Janet what the board is most worried about this month]
    # trust.cole +1
    # trust.executives +1
    # skill listening
    The four-hour numbers, the savings gap, and a letter asking how leaders listen to staff. She looks at you as if you might answer the third.
+ [Tell Janet what the front line told you, in their words]
    # trust.executives -1
    # later 2 trust.clinicians +1 why Janet asked Bernie about the wards in their own words, and Bernie told the ward sisters where they had come from
    # skill communication
    You don't soften it. Janet says it is "helpful to hear", and writes one word on her pad.
+ {role == "clinician"} [Tell Janet, in clinical detail, why the wards are unsafe]
    # jargon
    NEWS2 triggers, SBAR, the night bleep. Janet follows about half, and asks for "a one-page summary with the ask".
+ {role == "manager"} [Brief Janet on the division's KPIs and the forecast outturn]
    # trust.executives +2
    # later 2 trust.clinicians -1 why Janet quoted your KPIs in her all-staff message, and nobody on the wards recognised the week it described
    Janet wanted exactly this. She asks for the slides, and thanks you by name at the exec meeting.
- {role == "clinician" && arc_induction == 0:
    Janet's PA asks whether anyone gave you an induction as clinical director. You laugh. She doesn't.
}
+ {arc_induction == 0 && role == "clinician"} [Ask for protected time and an induction for the clinical director role]
    # arc induction
    # trust.leaders +1
    # skill communication
    The leadership sessions in your job plan protected from the rota, and an induction into how the trust really runs. Janet backs it and copies Dr Marsh, who signs clinical directors' job plans.
+ {arc_induction == 0 && role == "manager"} [Offer the clinical director an induction you'll run, and fewer of your meetings]
    # arc induction
    # trust.leaders +2
    # skill understanding
    The budget, the meetings, who decides what. Their job plan is Dr Marsh's to sign, but you can keep your own meeting requests out of their leadership sessions, and you will.
+ {arc_board == 0} [Back standing clinical seats on the system board]
    # arc board
    # trust.leaders +1
    # skill communication
    ~ board_week = week
    A GP and a hospital consultant on every clinical item, each with a deputy. Janet will take it to the chief executive for the ICB chair. When you ring Sunita Rao that evening, she says {w3_board_said == 1 or w3_board_said == 3:it is the first time anyone at Alderbank has come back to her about primary care|nobody ever asked her}.
+ {role == "clinician" && not enc_exec_sitecall} [Agree a rota of consultants for the morning site call, in their job plans # authority jobplan]
    # intervene organisation
    # trust.executives +2
    # trust.leaders -1
    ~ enc_exec_sitecall = true
    A rotating consultant on the 06:15 call, agreed one job plan at a time as premium time, with a clinic dropped to make room. Six say yes; two say not before seven. Janet gets a clinical voice when beds are decided. Your consultants get earlier starts.
+ {role == "clinician" && enc_exec_sitecall} [Agree the site team rings medicine's on-call consultant at OPEL 4 # authority cover]
    # intervene organisation
    {enc_exec_opelcall:
        The OPEL 4 call is in the site team's action card now. Your on-call consultants say it rings more than they'd like, and less than it should.
    - else:
        ~ enc_exec_opelcall = true
        # trust.executives +1
        # wellbeing -1
        # later 2 care +1 why At OPEL 4 the site team rang medicine's on-call consultant before moving anyone at night, and fewer frail patients were moved after midnight
        At OPEL 4, nobody opens a bed or moves a patient at night until medicine's on-call consultant has been rung. It is one more call on an on-call that already has plenty, and your consultants will tell you so.
    }
+ {role == "manager" && not enc_exec_agency} [Take Larch's over-cap agency shifts to Janet, for the chief executive to sign # authority agency]
    # budget -2
    # care +1
    # trust.executives -1
    ~ enc_exec_agency = true
    Each over the cap, each with its reason and the chief nurse's signature. Janet takes them to the chief executive, who signs, and reminds you they go in the weekly return to NHS England.
+ {role == "manager" && enc_exec_agency} [Move medicine's bed meeting to before the 09:00 SitRep # authority process]
    # intervene department
    {enc_exec_bedmeeting:
        It already runs at half eight. You check it still does. It mostly does.
    - else:
        ~ enc_exec_bedmeeting = true
        # trust.okafor -1
        # trust.executives +1
        Medicine's beds are known before the trust reports them. Ward sisters have to finish board rounds by half eight.
    }
+ [{enc_exec_trial == 0:Ask Janet to share ward-changing decisions a week ahead|{enc_exec_trial == 1:Ask Janet to keep the week-ahead trial going, and offer it to theatres|{enc_exec_trial == 2:Ask Janet where the week-ahead trial goes next|Go through Friday's week-ahead notice with Janet}}}]
    # intervene organisation
    ~ enc_exec_trial++
    {enc_exec_trial:
    - 1:
        A trial: any decision that changes ward work goes to the ward sisters a week before it starts.
    - 2:
        The week-ahead trial is still running. Two changes have gone to the ward sisters a week early since it began, and the sisters changed one of them before it started; Janet mentions it before you do. She will ask the theatre manager whether theatres want to join.
    - 3:
        Still running on the wards, and theatres have asked to join. Janet asks whether the sisters want it to become standing practice. You say you'll ask them, and she writes that down.
    - 4:
        The sisters said yes. The week-ahead notice is routine now: one page from Janet's office every Friday, to the wards and theatres, listing what changes the week after next. You go through Friday's with her.
    - else:
        Friday's notice is one page, as usual. You and Janet are through it in four minutes of your slot.
    }
+ [Ask Dr Marsh to speak to the consultants who won't change]
    # intervene practice
    # trust.marsh +1
    {week >= 3:She sees two of them before Friday, and one agrees to round at nine. She seems pleased to be asked.|Her PA finds you ten minutes on the phone. Dr Marsh sees two of them that week, and one agrees to round at nine.}
+ [Leave: you have what you came for]
    # hours +1
    You leave early, which Janet's PA notes with something like approval.
- -> scene_end
