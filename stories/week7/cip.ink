// Week 7, Thursday in the finance office. Barrier: status. Level: department.
// The year's cost improvement programme stalls without clinicians; who is in the room decides whether the plan is real.

VAR w7_cip_front_line = false
VAR w7_cip_signed = false   // signed the draft, closures and one-line impact assessment, before anyone on Larch saw it
VAR w7_closures_out = false   // the ward's own ideas took the four Larch bed closures out of the plan

=== w7_cip ===
# title The savings plan
# barrier status
# place finance
# day Thursday
# week 7
# level department
{here:
    Thursday, {colocated:finance's new office in the main block|the finance office in Riverside House}.
- else:
    You missed Thursday's savings meeting. Marcus sends the slides: "Missed you! Decisions on p.4." Page four has your name on it twice.
}
Medicine's CIP, its cost improvement programme, is four per cent this year: just under three million pounds. Two-thirds through the year it has found just over half, most of it non-recurrent: saved once, and gone in April.
{here:
    I need recurrent savings from medicine, with clinical names against them. The board won't take a plan no clinician has signed. # speaker webb worried
    And it's been transparent from the start: every line has been on the finance intranet since May. # speaker webb neutral # term transparent
}
{role == "clinician":
    The draft "standardises" job plans: every consultant's SPA cut to one session, below the one and a half most trusts keep, to free clinics. You know what SPA is for: teaching, audit, appraisal. # aside
- else:
    The non-recurrent column is yours: a service contract pushed into next year, a training budget unspent. # aside
}
The rest of the draft: close four beds on Larch, cut agency nursing by a third. The quality impact assessments are blank.
{here:
    Dr Marsh joins by phone.
    Money in medicine is spent one consultant at a time, in what we order and when we discharge. Change that and the rest follows. # speaker marsh neutral # clue practice
}
{open_webb:
    Afterwards, Marcus lowers his voice.
    {pressing:
    - "organisation":
        Between us: every division's plan looks like this. Riverside writes them all, top down, and wonders why none of them land. # speaker webb worried # clue organisation
    - "department":
        Between us: it's medicine. Surgery wrote theirs with their consultants in the room and it's on track. Medicine's is written in here every year, and fails in the same places. # speaker webb worried # clue department
    - else:
        Between us: the savings are real, but they depend on what individual consultants and ward sisters do on a Tuesday. Nobody's asked them. # speaker webb worried # clue practice
    }
- else:
    Marcus calls the plan "robust", the way people call a bridge safe before driving over it.
}
* [Take the draft to Larch and the consultants before signing]
    # trust.clinicians +2
    # skill understanding
    ~ w7_cip_front_line = true
    Marcus winces, then agrees: tomorrow morning, at Larch's nurses' station, not in this room.
* [Sign it off: the board needs a plan this month]
    # budget +3
    # trust.clinicians -3
    # later 3 budget -3 why The forecast you signed counted four Larch bed closures the chief nurse would not pass on a one-line impact assessment, so their saving came late or not at all
    # later 3 trust.okafor -3 why Grace learned of four Larch bed closures from a finance PDF, after you had signed
    ~ w7_cip_signed = true
    {role == "manager":You sign, and the clinical director initials it unread.|You sign.} The board gets its plan, Marcus moves the forecast, and the four Larch closures go to Dr Marsh and the chief nurse with a one-line impact assessment.
* {role == "clinician"} [Fold the paid weekend rounds into job plans instead # authority jobplan]
    # intervene department
    # budget +1
    # later 3 budget +2 why The extra payments for weekend rounds stopped, and medicine's pay bill fell each month
    # later 3 care -1 why Eight weekday clinics were given up in lieu, and clinic patients waited longer
    # trust.leaders -1
    # trust.webb +2
    At job-plan review you offer each consultant the weekend round inside their ten PAs, counted as premium time (three hours to a PA), with a weekday clinic off in lieu. Eight agree.
    The extra pay stops, every year. Three of them do the sums afterwards, find they have lost income they had counted on, and know whose idea it was.
* {role == "clinician"} [Explain to Marcus why SPA time isn't spare]
    # trust.webb -1
    You explain revalidation, appraisal, and why one and a half sessions is the floor most trusts keep. Marcus listens politely and asks which line it saves.
* {role == "manager"} [Cover this year's gap from medicine's reserve # authority budget]
    # budget +2
    # later 4 budget -3 why With the reserve spent, the next unplanned winter cost landed straight on the deficit
    # trust.webb -1
    You release the division's contingency reserve. This year medicine hits its target. Marcus types "NON-RECURRENT" in the column.
    On the first of April the gap is back, and the reserve is gone.
- {w7_cip_front_line:
    Friday morning on Larch, before the drugs round, Grace Okafor reads the plan standing up.
- else:
    The next morning the plan reaches Larch as a PDF from finance.
}
{open_okafor:
    Four beds. Those are the beds ED's admissions come up to. Shut them and they wait in the corridor downstairs, or go out to Rowan. # speaker okafor worried
    But agency: yes. We pay agency on nights and weekends because the bank rate's worse. Fix the bank rate and I'll fill the shifts myself. # speaker okafor neutral # request clinicians
- else:
    Grace reads it and hands it back.
    We'll do what we're told. We always do. # speaker okafor neutral
    Behind her, a sheet in three hands: fix the bank rate, rota out by Thursday, no closures. # request clinicians
}
{open_bello:
    Ade, restocking gloves, adds that the HCAs would do extra bank shifts if the rota came out before Thursday. # request clinicians
}
{role == "clinician":
    The consultants' Friday lunchtime meeting is eighteen people who have seen four savings plans in four years, arms folded. # aside
- else:
    The consultants invite you to a lunchtime meeting{w3_letter_read:, the first time since you read them Mrs Amis's letter|, a first}. They fold their arms, politely.
}
{open_achterberg:
    Mr Achterberg, visiting from surgery, tells them how surgery did theirs: their own ideas, their own names. He is insufferable about it. It is useful.
}
* [{open_okafor or open_bello:Rewrite the plan with the ward's own ideas|Ask Larch to put its own ideas in the plan}]
    # intervene practice asked clinicians
    # budget -1
    # trust.okafor +1
    # skill communication
    {
    - open_okafor:
        ~ w7_closures_out = true
        In go Grace's bank rate and no closures{open_bello:, and Ade's rota out before Thursday}.
    - open_bello:
        In goes Ade's rota out before Thursday, so the HCAs can take the bank shifts.
    - else:
        ~ w7_closures_out = true
        You ask Grace about the sheet. By the afternoon all three are in the plan.
    }
    The new plan saves less on paper. Marcus says it "changes the risk profile". Grace says it's the first one she's read to the end.
* {role == "clinician"} [Start a savings group of medicine's own, with your own habits first # authority peer]
    # intervene department
    # hours -1
    # skill understanding
    # trust.leaders +1
    You don't present. You tell them what your own habits cost: the scan for reassurance, the Friday discharge left to Monday. Then you ask for theirs, and for one of them to chair a savings group of medicine's own, to meet the target its own way.
    By two there are eleven ideas, and a volunteer to chair, which nobody expected, least of all her.
* {role == "manager"} [Run medicine's savings through its own group, a consultant in the chair # authority process]
    # intervene department
    # hours -1
    # skill understanding
    # trust.leaders +1
    From Monday medicine's savings go through its own group: a consultant in the chair, the ward sisters in the room, finance as a guest.
    Two consultants unfold their arms. One volunteers to chair, which nobody expected, least of all her.
* {role == "manager"} [Walk the consultants through the run-rate and the recurrent gap]
    # jargon leaders
    You explain the run-rate, the forecast outturn and why a non-recurrent line saves this year and leaves the gap for next. All of it accurate. A cardiologist asks, politely, whether any of it is about patients.
* [Tell the executive the whole CIP process needs redesigning]
    # intervene organisation
    # skill communication
    # trust.executives -1
    You write to Janet: Alderbank's savings plans fail because Riverside House writes them for the wards. She agrees one change now: no scheme touching a ward is signed off until its sister has seen the impact assessment.
* {arc_training == 0} [Start monthly joint training for consultants, sisters and finance]
    # arc training
    # trust +1
    # hours -1
    # skill understanding
    A half-day a month where consultants, ward sisters and finance work on real problems together. The first one will be this plan. Marcus signs up first.
- By Friday night there is a plan with clinical names on it.
{w7_cip_front_line:
    The first names on it were at Larch's nurses' station that morning.
- else:
    April will tell whether the names mean anything.
}
On Monday Marcus rings: the plan is four hundred thousand short, and the finance committee wants recurrent lines.
* {role == "clinician"} [Set a standard: no routine daily bloods without a reason # authority standards]
    # intervene department
    # budget +1
    # later 3 budget +2 why Fewer routine daily bloods went to pathology, and medicine's test costs fell
    # trust.nair -1
    Every daily blood test on medicine's wards now needs a reason on the request. Pathology puts it at forty thousand a year, every year.
    Priya Nair asks who carries the risk when a potassium goes unmeasured. You write the answer in: patients on IV fluids or new diuretics stay on daily bloods.
* {role == "manager" && larch_posts > 0} [Recruit to {larch_posts >= 2:two of Larch's vacancies|Larch's last vacancy}, and end the agency covering {larch_posts >= 2:them|it} # authority post]
    # budget -1
    # trust.okafor +1
    {larch_posts >= 2:
        # later 4 budget +2 why Two of Larch's own bank nurses accepted the posts, starting in January, and Marcus moved the agency saving from then into the forecast
        ~ larch_posts -= 2
        Larch has had the same agency nurses on nights and weekends for a year, covering its vacancies. Two posts, filled, cost less than the invoices, every year. The vacancy panel agrees, on condition that the agency bookings stop the week the posts are filled.
        Until Grace has them on the rota, the saving is on paper and agency keeps invoicing. The advert and induction shifts cost this year.
    - else:
        # later 4 budget +1 why One of Larch's own bank nurses accepted its last vacancy, starting in January, and Marcus moved the agency saving from then into the forecast
        ~ larch_posts--
        Larch has had the same agency nurses on nights and weekends for a year. Its other vacancies have gone to the panel as new posts; the last, filled, costs less than the invoices, every year. The vacancy panel agrees, on condition that its agency bookings stop the week it is filled.
        Until Grace has it on the rota, the saving is on paper and agency keeps invoicing. The advert and induction shifts cost this year.
    }
* {role == "manager"} [Fund an enhanced weekend bank rate on Larch, with the chief nurse # authority agency]
    # budget -1
    # later 3 budget +2 why Larch's own staff took the weekend bank shifts, and the agency bill fell
    # trust.okafor +2
    {fri_bank_incentive:October's incentive was for nights; weekends still go to agency. }The chief nurse agrees a three-month incentive rate for Larch's weekends, charged to your agency line. If Larch fills the shifts, agency falls by more than the rate costs. If not, you pay twice.
* [{w7_closures_out:Put the Larch bed closures back in the plan|Keep the four Larch bed closures in the plan}]
    # trust.executives +2
    # later 3 care -2 why Told four of their beds would close in April, Larch's nurses stopped picking up extra bank shifts, and more nights ran a nurse short
    # later 3 trust.okafor -2 why Grace had to tell her team, as winter began, that four of Larch's beds would close in April
    {w7_closures_out:The closures go back in|The closures stay in}, {w7_cip_signed:a full impact assessment replacing the one line you signed|now with a full quality impact assessment}, for Dr Marsh and the chief nurse to sign. Marcus has his recurrent line; this year's gap stays open. The beds shut in April, and from then ED's admissions wait longer on trolleys. Larch hears this week.
* [Send it with the gap showing, and a date to close it]
    # trust.webb -1
    # trust.clinicians +1
    Marcus sighs and sends it. The finance committee minutes "a credible but incomplete plan", which at Alderbank is nearly praise. Nothing more comes off the wards to close it, and Larch notices.
- -> scene_end
