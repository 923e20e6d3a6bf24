// Map encounter: a visit to theatres (front line). Sticky choices; varies by week and state.

=== enc_theatres ===
# title Theatres
# barrier location
# place theatres
# day Wednesday
{
- week <= 3:
    The theatre corridor at eight: scrubs in four colours, a list board with half of today's names crossed out and rewritten, and Kev Doyle bringing the first patient up in a bed that squeaks.
- week <= 5:
    Theatres in the late morning. Two lists running, one cancelled for lack of a bed afterwards, and a consultant anaesthetist eating cereal out of a mug.
- else:
    Theatres in winter. The day-surgery unit next door has become escalation beds again, so the day cases are queued on a corridor that was never meant for it.
}
{role == "manager":
    Nobody in scrubs knows who you are. You are, briefly, just a person in the wrong shoes.
- else:
    You are a physician in surgical territory. Theatres are polite to you in the way a foreign embassy is polite.
}
{open_achterberg:
    Daniel Achterberg comes out between cases, mask round his neck.
    {pressing:
    - "organisation":
        My lists get cancelled by an email from Riverside at 07:40. OPEL this, OPEL that. The decision's made three buildings away by people who've never met my patients. # speaker achterberg worried # clue organisation
    - "department":
        It's how theatres is run. Start times, who does what, who gets the good sessions. The department decides, the department defends it, and nobody outside it gets a look. # speaker achterberg worried # clue department
    - else:
        It's team by team. My team starts at eight. Some start at half nine. Same theatres, same patients, different habits. # speaker achterberg worried # clue practice
    }
- else:
    Mr Achterberg nods at you between cases. Busy list. Shall we talk another time? # speaker achterberg neutral
}
{open_doyle:
    Kev Doyle, parking the bed, adds: The late starts aren't the surgeons, mostly. It's no bed upstairs, so the patient's not sent for. I'm waiting on the phone. # speaker doyle neutral
}
+ [Walk the patient's route with Kev, from ward to theatre]
    # trust.doyle +2
    # skill listening
    You walk it: the lift that takes four minutes, the ward that hasn't done the checklist, the phone call nobody answers. Forty minutes for a journey of three hundred metres.
    Kev is delighted to have an audience. He has been explaining this to anyone who would listen since 2011.
+ [Ask Mr Achterberg what a good list would look like]
    # trust.achterberg +2
    # skill understanding
    He tells you, in detail, with a diagram on a paper towel. Most of it is about beds and porters. Almost none of it is about surgeons working faster.
+ [Tell the team about theatre utilisation targets]
    # jargon
    # trust.achterberg -2
    # trust.executives +1
    You explain the utilisation benchmark. The anaesthetist stops eating his cereal. Nobody says anything, which in theatres is a sentence in itself.
- {colocated:
    On the way out you pass Marcus Webb's team, now in the old seminar rooms down the corridor. Marcus waves you in to ask about the list.
}
+ [Agree a ten-minute huddle between theatres and the site team every morning]
    # intervene department
    # trust.achterberg +1
    The huddle is small and dull: who has a bed, who doesn't, which list is at risk. It means the 07:40 email becomes a 07:30 conversation.
+ [Ask the trust to stop cancelling lists by email]
    # intervene organisation
    # trust.executives -1
    You ask Janet for a rule: no list cancelled without a phone call to the surgeon. She says it's "a reasonable ask" and adds it to the escalation policy review.
+ [Help one team start on time, patient by patient, this week]
    # intervene practice
    # hours -1
    You spend an hour on the practical: who sends for the first patient, when, and who checks the bed. Small things, fixed one at a time.
+ [Leave them to it]
    # hours +1
    You leave them to their lists. There is a meeting in Riverside House you can still make.
- -> scene_end
