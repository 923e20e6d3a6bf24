// Week 3, Thursday, the system board across town. Barrier: location (and the dual role). Level: organisation.
// The ICB's board meets at 2pm on a Thursday, while the GP clinical director is running her surgery.

VAR w3_board_went = false

=== w3_board ===
# title The system board
# barrier location
# place exec
# day Thursday
# week 3
# level organisation
{here:
    Thursday, two o'clock. The integrated care board's system board meets in a council building across town, forty minutes by car, in a room with a long table, a webcam that points at the ceiling and a sign saying PLEASE DO NOT MOVE THE CHAIRS.
- else:
    The system board met on Thursday afternoon across town. You catch up from the papers on Friday: ninety-one pages, and a decision on page sixty about Alderbank's discharge pathway.
}
The item that matters for Alderbank: the discharge pathway. The integrated care board, which holds the money for care across the area, wants a "discharge to assess" model: patients leave hospital as soon as they no longer need a bed, and their care is arranged at home. It would free thirty beds at Alderbank, on paper.
Dr Sunita Rao, the GP who is clinical director for the Alderbank place partnership, is supposed to present the primary-care view. She is not in the room. Thursday afternoon is her surgery.
{here:
    Her slides are presented by an ICB programme manager who has never been to her surgery. Slide four says "GP capacity: to be confirmed". # term capacity
}
{role == "clinician":
    You know exactly where Sunita is. You are meant to be in your own clinic this afternoon; you moved eleven patients to be here, and three of them were not happy about it.
- else:
    You drove here with Janet. On the way she said the ICB "always schedules these for the convenience of managers", without any sign that she included herself.
}
{open_rao:
    Sunita rings you at six, after her last patient.
    {pressing:
    - "organisation":
        The whole system's built by people who meet in the daytime, for people who meet in the daytime. The ICB decides, the trusts implement, and the GPs find out from the patients. # speaker rao worried # clue organisation
    - "department":
        It's medicine at Alderbank, honestly. Other specialties ring us before they discharge. Medicine sends a letter a week later. That's a department thing. # speaker rao worried # clue department
    - else:
        It's person by person. Some of your consultants ring me before a complicated discharge. Most don't. The ones who do, it works. # speaker rao worried # clue practice
    }
- else:
    Sunita sends a short email at nine in the evening: "Sorry I couldn't make it. Surgery. Hope it went OK." You can hear the tiredness in the punctuation.
}
{here:
    Janet tells the board that Alderbank supports the pathway in principle. The pressure on beds is system-wide. We need the system to act. # speaker cole neutral # clue organisation
}
* {here} [Stand up and say the primary-care view has not been heard]
    # trust.rao +2
    # trust.executives -1
    # skill communication
    ~ w3_board_went = true
    You say, as politely as possible, that the board is about to decide a pathway that depends on GPs without a GP in the room. The chair thanks you and defers the item by a month.
    Janet looks at you for a long moment in the car park, and then says, "Fair."
* {here} [Present Alderbank's bed numbers in support of the pathway]
    # trust.executives +2
    # trust.rao -1
    # jargon
    ~ w3_board_went = true
    You give them Alderbank's occupancy, its NCTR list and its delayed discharges. The board approves the pathway in principle. Nobody mentions who will visit the patients at home.
* {not here} [Read the papers and ring Sunita before anything is decided]
    # finding dual_role
    # trust.rao +2
    # skill listening
    You ring her surgery at eight on Friday and get her between patients. She has four minutes. She uses them well.
* {not here} [Read the minutes and move on]
    # finding dual_role
    # later 3 trust.rao -2
    The decision is made. You read about it on page sixty, and then you read pages sixty-one to ninety-one, which are about estates.
- {role == "clinician":
    Back at Alderbank at half past five, you find your clinic list for next week has been double-booked to catch up the eleven patients you moved. The dual role is a diary with two owners.
- else:
    Back at Riverside House at half past five, you have forty-one emails about the pathway, most of them from people who were not at the board either.
}
The pathway will come back to the board next month. Between now and then, somebody at Alderbank has to decide what to do about the empty chair where the GP should have been.
* {arc_board == 0} [Encourage a clinician onto the trust board: propose Sunita, or a consultant, for the next vacancy]
    # arc board
    # trust.leaders +2
    # skill communication
    You put a name forward for the next non-executive vacancy and, more importantly, talk to the person. She says nobody has ever asked her. You say that is rather the point.
* {arc_induction == 0 && role == "clinician"} [Ask for protected time and an induction for your own role]
    # arc induction
    # trust.leaders +1
    You write to Dr Marsh: two protected sessions a week for the clinical director role, and an induction into how the trust and the ICB actually make decisions. Nobody ever gave you one.
* {arc_induction == 0 && role == "manager"} [Offer the clinical director protected time and an induction you will run]
    # arc induction
    # trust.leaders +2
    You offer to protect the clinical director's time against your own meeting requests, and to run an induction: the money, the boards, who decides what.
* [Ask the ICB to move clinical items to times clinicians can attend, or to go to them]
    # intervene organisation
    # trust.rao +1
    You write to the ICB's chair: clinical items at half past five, or in a surgery meeting room, once a quarter. She replies that "it will be considered". Sunita replies with a single thumbs up.
* [Agree with Sunita that complex discharges get a phone call, consultant to GP]
    # intervene practice
    # trust.rao +2
    # hours -1
    You and Sunita agree something small and immediate: for complicated discharges, a five-minute phone call between the consultant and the GP, before the patient goes. You will start with your own patients.
* [Ask medicine to send GPs a same-day summary for every discharge]
    # intervene department
    # trust.leaders -1
    The division agrees, reluctantly: a same-day discharge summary to the GP, every time. The FY1s will write them at nine at night.
- {w3_board_went:
    On Friday, Kev Doyle asks you how the "big meeting across town" went. You wonder how he knew you went.
- else:
    On Friday, Kev Doyle tells you what the big meeting across town decided. He heard it in the lift, from a driver.
}
Sunita's email on Friday evening has an invitation in it: come and see a GP surgery at half past seven on a Monday morning, before the phones open. "Then you'll know what 'GP capacity: to be confirmed' looks like." # term capacity
* [Go, before your own week starts # hours -2]
    # finding shadowing
    # trust.rao +3
    # wellbeing -1
    # skill understanding
    You go. By eight the phone queue is at forty, and by half past, Sunita has seen six patients, two of them discharged from Alderbank last week without a letter.
    You drive to work with the radio off.
* [Send your deputy instead]
    # trust.rao +1
    Your deputy goes and writes a very good note. Sunita thanks you for it, with slightly less warmth than she thanked you for the invitation.
* [Reply that you'd love to, and suggest a date in the spring]
    # later 3 trust.rao -1
    Sunita replies: "Spring is fine." Spring is a long way off in general practice.
- -> scene_end
