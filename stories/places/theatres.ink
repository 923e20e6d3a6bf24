// Map encounter: a visit to theatres (front line). Sticky choices; varies by week and state.
// Theatres belong to surgery: the player negotiates here and decides only medicine's side (its outliers, its
// beds, who in medicine is rung). Sets enc_theatres_standard once the clinician has made the outlier standard.
// Reads w2_opel_apology (week two: went through the eight day-unit patients with the nurse in charge), once, in weeks 3–5.
VAR enc_theatres_standard = false
VAR enc_theatres_huddle = false   // surgery agreed to try the morning huddle (once)
VAR enc_theatres_number = false   // medicine's on-call number is on surgery's cancellation checklist (once)
VAR enc_theatres_rule = false     // the no-cancellation-by-email rule is on the site team's action card (once)
VAR enc_theatres_eight = false    // the day unit's nurse in charge has remembered week two's round of the eight (told once)
VAR enc_theatres_peer = false     // the clinician has asked Mr Achterberg which outliers hurt most (later visits follow it up)

=== enc_theatres ===
# title Theatres
# barrier location
# place theatres
# day Wednesday
{
- week <= 3:
    The theatre corridor at eight: a list board with half the names crossed out and rewritten, and Kev Doyle bringing the first patient up in a bed that squeaks.
- week <= 5:
    Theatres in the late morning. Two lists running, one cancelled for want of a bed afterwards, and an anaesthetist eating cereal out of a mug.
- else:
    Theatres in November. Twice this month day surgery has taken medical patients overnight, and each time the day cases waited on trolleys in a corridor never meant for them.
}
{role == "manager":
    Nobody in scrubs knows who you are. You are, briefly, a person in the wrong shoes.
- else:
    A physician in surgical territory. Theatres are polite to you the way an embassy is polite.
}
{as_partner:
    {role == "clinician":
        Your consultants see their outliers upstairs last, after their own wards. A patient who could have gone home by ten goes at five, and overnight the bed fills from ED, not from the list. # aside
    - else:
        You know theatres by their figures: lists booked, lists run, operations cancelled on the day. A patient cancelled on the day for want of a bed must be offered another date within twenty-eight days. # aside
    }
}
{w2_opel_apology && not enc_theatres_eight && week >= 3 && week <= 5:
    ~ enc_theatres_eight = true
    One person in scrubs does know you: the day unit's nurse in charge. "That's the one who went through my eight with me, bed by bed," she tells the anaesthetist beside her, "the Monday we were full of medicine."
}
{open_achterberg:
    Daniel Achterberg comes out between cases, mask round his neck.{wed_showed_up: He remembers you came down that first Wednesday.}
    {pressing:
    - "organisation":
        {enc_theatres_rule:Riverside rings me now before a list goes. It still goes|{wed_surgeon_call:When you're on call I get a phone call. The rest of the time my lists|My lists} get cancelled by an email from Riverside at 06:40}. The decision's made three buildings away by people who've never met my patients. # speaker achterberg worried # clue organisation
    - "department":
        Half my beds upstairs have medical patients in them. Your outliers, my cancellations. Two divisions that only meet at the bed meeting. # speaker achterberg worried # clue department
    - else:
        It's team by team. My team starts at eight. Some start at half nine. Same theatres, different habits. # speaker achterberg worried # clue practice
    }
- else:
    Mr Achterberg nods between cases.
    Busy list. Another time? # speaker achterberg neutral
}
{open_doyle:
    The late starts aren't the surgeons, mostly. No bed upstairs, so the patient's not sent for. I'm waiting on the phone. # speaker doyle neutral
}
{week <= 3 && role == "manager" && not w2_huddle_early && not w2_call:
    Kev mentions two patients NBM since midnight for a list that went at 06:40.
    {knows_nbm: Nothing to eat since midnight and only sips to drink, for a list that was never going to run.|From his face, NBM is not something to have been since midnight.}
}
+ [Walk the patient's route with Kev, ward to theatre]
    # trust.doyle +2
    # skill listening
    The lift that takes four minutes, the ward that hasn't done the checklist, the phone nobody answers. Forty minutes for three hundred metres. Kev has been explaining this since 2011.
+ [Ask Mr Achterberg what a good list would look like]
    # trust.achterberg +2
    # skill understanding
    He draws it on a paper towel. Most of it is about beds and porters. Almost none is about surgeons working faster.
+ {role == "manager"} [Tell the team about the theatre utilisation benchmark]
    # trust.achterberg -2
    # trust.clinicians -1
    # later 2 trust.executives +1 why The theatre manager quoted your benchmark at Janet's theatre productivity meeting
    The anaesthetist stops eating his cereal. Nobody says anything, which in theatres is a sentence.
- {colocated and not (w5_move_now and week == 5):
    On the way out you pass Marcus Webb's team, now down the corridor. Marcus waves you in to ask about the list.
}
{wed_huddle:
    The {w2_huddle_early:quarter-to-seven|half-past-seven} huddle in the café is still running. Some days it saves a list.
}
+ {role == "clinician" && not enc_theatres_standard && not w2_outlier_standard} [Make it medicine's standard: outliers in surgical beds seen by ten # authority standards]
    # intervene department
    # trust.achterberg +1
    # trust.leaders -1
    ~ enc_theatres_standard = true
    Every medical patient in a surgical bed gets a medical review by ten, so the ones who can go home do. Your consultants ask which of their own patients waits meanwhile.
+ {role == "clinician" && (enc_theatres_standard || w2_outlier_standard)} [Ask Mr Achterberg, consultant to consultant, which outliers hurt most # authority peer]
    {enc_theatres_peer:
        He has a new bed on the list since last time, and an old one off it.
    - else:
        ~ enc_theatres_peer = true
        # trust.achterberg +2
        {w2_outlier_standard: Your ten o'clock standard holds on weekdays, he says.} He names three beds and the days they block. You have not had that conversation with a surgeon in years.
    }
+ {role == "manager"} [Offer surgery medicine's on-call number for the cancellation checklist # authority process]
    # intervene department
    # hours -1
    {enc_theatres_number:
        Medicine's number is still on the checklist. It rang twice this week at half past six; once it saved a list.
    - else:
        ~ enc_theatres_number = true
        Surgery's GM adds it: before a list is cancelled for want of a bed, medicine gets ten minutes to free one. Your phone rings at half past six from now on, until medicine's duty manager takes it over.
    }
+ {not wed_huddle && not w2_call} [Propose a ten-minute morning huddle: theatres, site and medicine]
    # intervene department
    {enc_theatres_huddle:
        The huddle's still running in surgery's coffee room. Some days it saves a list; today it didn't.
    - else:
        ~ enc_theatres_huddle = true
        # trust.achterberg +1
        Who has a bed, who doesn't, which list is at risk. Surgery agrees to try it, in their coffee room. The 06:40 email becomes a half-past-six conversation.
    }
+ [{wed_surgeon_call:Ask Janet to widen your on-call rule: no list cancelled by email alone|Ask Janet for a rule: no list cancelled by email alone}]
    # intervene organisation
    {enc_theatres_rule:
        The rule is on the site team's action card now. The calls come; some lists still go.
    - else:
        ~ enc_theatres_rule = true
        # trust.executives -1
        No list cancelled without a phone call to the surgeon{wed_surgeon_call:, whoever is on call, and not only for cancer and urgent cases|}. Janet calls it "a reasonable ask" and puts it on the site team's action card from tomorrow.
    }
+ [Leave them to it]
    # hours +1
    You leave them to their lists. There is a meeting in Riverside House you can still make.
- -> scene_end
