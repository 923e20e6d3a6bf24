// Week 3, Thursday, the system board across town. Barrier: location (and the dual role). Level: organisation.
// The ICB's place board for Alderbank meets at 2pm on a Thursday, while the GP clinical director is running her surgery.

VAR w3_board_went = false   // went to the board in person (quarter/review.ink reads it for older saves, which lack w3_board_said)
VAR w3_clinic_moved = false   // the clinician moved their Thursday clinic to Tuesday to sit at next month's board (read by quarter/review.ink)
VAR w3_board_said = 0   // what the player did about the pathway: 1 said primary care was missing, 2 backed it with the bed numbers, 3 read the papers and rang Sunita, 4 read the minutes and moved on (0: a save from before it was recorded)

=== w3_board ===
# title The system board
# barrier location
# place exec
# day Thursday
# week 3
# level organisation
{here:
    Thursday, two o'clock. The integrated care board's committee for Alderbank, which everyone calls the system board, meets in a council building forty minutes across town: a long table, a webcam that points at the ceiling, and a sign saying PLEASE DO NOT MOVE THE CHAIRS.
- else:
    The system board met on Thursday afternoon across town. You catch up from the papers on Friday: ninety-one pages, and a decision on page sixty about Alderbank's discharges.
}
The item that matters is discharge to assess. It is not new: Alderbank has sent patients home to be assessed there since 2020. The ICB's paper sends more of them home the day they are ready, with care starting at the front door, a community team assessing at home, and the first medical review handed to general practice. It would free thirty beds at Alderbank, on paper.
Dr Sunita Rao, the GP who is clinical director for the Alderbank place partnership, sits on this board for primary care. She is not in the room. Thursday afternoon is her surgery.
{here:
    The primary care slides, which should have been hers, are presented by an ICB programme manager who has never been to her surgery. Slide four says "GP capacity: to be confirmed". # term capacity
}
{role == "clinician":
    {here:
        You are here for medicine, the division with most of the thirty beds. You moved eleven of your own clinic patients to come. # later 2 care -1 why Eleven of your clinic patients were rebooked so you could sit at the system board; two of them were already overdue for follow-up
    - else:
        You were in your own clinic, which is where Sunita was too: the one afternoon you are both booked to see patients.
    }
- else:
    {here:
        You drove here with Janet. On the way she said the ICB "always schedules these for the convenience of managers", without any sign that she included herself.
    - else:
        Janet went without you. Her note from the car park says "approved in principle" and nothing else.
    }
}
{
- as_partner && role == "manager":
    You know the thirty from your bed report every morning: no criteria to reside, each waiting for a care package, a community bed or an assessment at home, and how many days each has waited. # aside
- as_partner:
    You know the patients behind the thirty: frail, on ten medicines, two of them changed this admission. The first medical review at home is the one a GP will be handed. # aside
}
{open_rao:
    Sunita messages you from her surgery, between two patients.
    {pressing:
    - "organisation":
        The whole system's built by people who meet in the daytime, for people who meet in the daytime. The ICB decides, the trusts implement, and the GPs find out from the patients. # speaker rao worried # clue organisation
    - "department":
        It's medicine at Alderbank, honestly. Other specialties ring us before they discharge. Medicine sends a letter a week later. # speaker rao worried # clue department
    - else:
        It's person by person. Some of your consultants ring me before a complicated discharge. Most don't. The ones who do, it works. # speaker rao worried # clue practice
    }
- else:
    Your message to Sunita gets her automatic reply: in surgery until half past six.
}
{here:
    Alderbank supports this in principle. The pressure on beds is system-wide, and the system needs to act. # speaker cole neutral # clue organisation
}
* {here} [When the chair asks for comments, say primary care is missing]
    # later 1 trust.rao +2 why Sunita read in the minutes who had said primary care was missing
    # trust.executives -1
    # skill communication
    ~ w3_board_went = true
    ~ w3_board_said = 1
    A pathway that hands reviews to GPs, you say, and no GP view in the papers. The chair thanks you and has it minuted. The board approves in principle anyway, with an action for primary care to report next month.
    In the car park Janet says, "Fair. Tell me first, next time."
* {here} [Back the pathway with Alderbank's bed numbers]
    # trust.executives +2
    # later 1 trust.rao -1 why Sunita read in the minutes that Alderbank had backed the pathway on bed numbers
    ~ w3_board_went = true
    ~ w3_board_said = 2
    You give them Alderbank's occupancy and its NCTR list. The board approves in principle. Nobody asks who will visit the patients at home.
* {not here} [Read the papers and ring Sunita]
    # finding dual_role
    # trust.rao +2
    # skill listening
    ~ w3_board_said = 3
    You ring her surgery at eight on Friday and get her between patients. She has four minutes. She uses them well.
* {not here} [Read the minutes and move on]
    # finding dual_role
    # later 3 trust.rao -2 why Sunita found the pathway approved without a GP view, and nobody from Alderbank rang her
    ~ w3_board_said = 4
    You read page sixty, then pages sixty-one to ninety-one, which are about estates.
- The pathway comes back next month, and Alderbank will be asked how its discharges reach the GP.
* {arc_board == 0} [Propose standing clinical seats on the system board]
    # arc board
    # trust.leaders +2
    # skill communication
    ~ board_week = week
    Through Janet, you put it to the chair: a hospital consultant alongside the GP for every clinical item, and each with a named deputy, so a surgery afternoon never leaves the chair empty. It is the ICB's decision, not Alderbank's; the chair says she will take it to the ICB board for the terms of reference. Sunita says nobody ever asked her who her deputy should be.
* {arc_induction == 0 && role == "clinician"} [Ask for protected time and an induction for your own role]
    # arc induction
    # trust.leaders +1
    You write to Dr Marsh: the leadership sessions in your job plan protected from the rota, and an induction into how the trust and the ICB really make decisions. Nobody ever gave you one.
* {arc_induction == 0 && role == "manager"} [Offer the clinical director protected time and an induction]
    # arc induction
    # trust.leaders +2
    You offer to protect the clinical director's time from your own meeting requests, and to run an induction yourself: the money, the boards, who decides what.
* [Ask the chair to hold clinical items where clinicians can attend]
    # intervene organisation
    # trust.rao +1
    You write to the chair: clinical items at half past five, or in a surgery's meeting room once a quarter. From next month she moves clinical items to half past five. Sunita replies with a single thumbs up.
* [Make it a habit: the consultant rings the GP before a complex discharge # hours -1]
    # intervene practice
    # trust.rao +1
    Something small and immediate: for complicated discharges, five minutes on the phone between consultant and GP before the patient goes. {role == "clinician":You start with your own patients this week.|You ask the consultants who already ring GPs to show their wards how, and put each surgery's bypass number in the wards' phone lists.}
* {role == "clinician"} [Make it medicine's standard: the GP is rung before complex discharges # authority standards]
    # intervene department
    # trust.clinicians -1
    # later 4 trust.rao +1 why GPs in Sunita's partnership began getting a call from medicine's doctors before frail patients went home
    You write it into medicine's discharge standard: for the frail, the newly housebound and anyone on new anticoagulants, a consultant or registrar rings the GP first. The registrars ask when, exactly, on a take day.
* {role == "manager"} [Take a vacant ward clerk post to the vacancy panel as a discharge coordinator # authority post]
    # intervene department
    # later 3 budget -1 why The vacancy panel approved the Band 4 discharge coordinator, and the recurrent difference over the Band 2 clerk came out of medicine's budget
    You write a Band 4 discharge coordinator job description to replace a vacant Band 2 ward clerk post, send it for banding, and take it to Thursday's vacancy panel with the recurrent difference costed. Until it is filled, the discharge team's Band 4 rings the surgery for Larch's complex discharges. Grace wants to know who answers Larch's phone meanwhile.
* {role == "clinician"} [Move your Thursday clinic so you can attend next month # authority jobplan]
    # finding dual_role
    # trust.executives +1
    # later 3 trust.clinicians -1 why Forty patients were rebooked, and the clinic nurses took the calls and rebuilt Tuesday
    ~ w3_clinic_moved = true
    Dr Marsh agrees the job plan change. From next month your clinic moves to Tuesday mornings. Forty patients get a letter with a new date, and the clinic nurses rebuild Tuesday around you, and say so. Janet, told, says it is good to have medicine at the table.
* {role == "manager"} [Have estates fit out a video room for system meetings # authority estates]
    # budget -2
    # trust.leaders +1
    Estates will turn the old library into a room with a camera that points at people. Six weeks. The board will still meet during Sunita's surgery.
- Sunita's email on Friday evening has an invitation in it: come and see a GP surgery at half past seven on a Monday morning, before the phones open. "Then you'll know what 'GP capacity: to be confirmed' looks like."
* [Go, before your own day starts]
    # finding shadowing
    # trust.rao +3
    # wellbeing -2
    # skill understanding
    By eight the phone queue is at forty. By half past, Sunita has seen six patients, two of them discharged from Alderbank last week without a letter.
    You drive to work with the radio off.
* [Send your deputy instead]
    # trust.rao +1
    Your deputy goes and writes a very good note. Sunita thanks you for it, with slightly less warmth than she thanked you for the invitation.
* [Reply that you'd love to, and suggest a date in the spring]
    # later 3 trust.rao -1 why Sunita took a date in the spring as a polite no
    Sunita replies: "Spring is fine." Spring is a long way off in general practice.
- -> scene_end
