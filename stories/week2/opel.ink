// Week 2, Monday in theatres. Barrier: location (and jargon). Level: organisation.
// An "OPEL 4" email sent from Riverside House at 07:40 cancels the elective lists; surgeons find out on arrival.

VAR w2_opel_apology = false

=== w2_opel ===
# title Lists cancelled at 07:40
# barrier location
# place theatres
# day Monday
# week 2
# level organisation
{here:
    Monday, ten to eight, the theatre corridor. You came up to see the new list board working. What you see instead is Mr Achterberg, in scrubs, reading an email on his phone with the expression of a man reading his own obituary.
- else:
    You find out about Monday morning at lunchtime, when your phone shows nine missed calls from theatres and one from Janet Cole, in that order.
}
The email went out at 07:40 from the site team in Riverside House to "All Theatre Users". Subject: OPEL 4 - ELECTIVE ACTIVITY STOOD DOWN. The hospital is full; every elective list today is cancelled to keep beds for emergencies.
{here:
    The first patients have been nil by mouth since midnight. One of them, Mrs Okoro, seventy-nine, has a NOF: a broken hip, waiting thirty hours already, which is not an elective case at all and has been cancelled anyway by a spreadsheet filter.
}
{open_doyle:
    Kev Doyle knew first. He always does. Site team rang the porters at 07:15 to stop the transfers. Nobody rang the surgeons. I'd have told them, but nobody asked me. # speaker doyle neutral
}
{role == "clinician":
    You are a physician, not a surgeon, but you are the clinical director who sits on the operational group that agreed the OPEL escalation policy last year. You remember the meeting. You do not remember anyone mentioning who would ring the surgeons.
- else:
    You are on the distribution list for the OPEL email. You signed off the escalation policy that produced it. It reads, in daylight, like a letter from a country that has never met theatres.
}
{here:
    Mr Achterberg looks up.
    {open_achterberg:
        {pressing:
        - "organisation":
            Every time. A decision about my patients, made in a building across the car park, by email, at twenty to eight. This isn't about beds. It's about who gets asked. # speaker achterberg worried # clue organisation
        - "department":
            Honestly, theatres bring this on ourselves. We've never agreed our own plan for a full hospital, so the site team make one for us. # speaker achterberg worried # clue department
        - else:
            It depends who's on. Some site managers ring; this one emails. Some of my colleagues would have rung the site at seven and asked. # speaker achterberg worried # clue practice
        }
    - else:
        I assume someone in Riverside House had a reason. I'd be interested to know what it was. # speaker achterberg neutral
    }
}
* {here} [Go through the list with Mr Achterberg, patient by patient # hours -1]
    # trust.achterberg +2
    # care +2
    # skill listening
    ~ w2_opel_apology = true
    You go through all eight. Two are urgent and will go ahead in the emergency theatre, including Mrs Okoro's hip. Three can wait a week. Three have already been cancelled once before.
    {role == "manager":
        You ring those three yourself, to apologise. It is the first time any of them has spoken to a manager.
    - else:
        You ring those three yourself. One of them, a retired teacher, asks whether the hospital is "always like this". You say not always.
    }
* {here} [Tell the surgeons the decision stands: the hospital is at OPEL 4]
    # trust.achterberg -2
    # trust.executives +1
    # jargon
    You explain the OPEL framework, the bed position and the four-hour standard. Every word is accurate. Mr Achterberg listens, says "thank you for clarifying", and leaves for his office without looking at anyone.
* {not here} [Ring Mr Achterberg as soon as you hear]
    # trust.achterberg +1
    # skill communication
    He answers on the first ring, which is not a good sign. He tells you what happened at ten to eight, in order, without raising his voice. You listen without interrupting, which he notices.
* {not here} [Email the theatres team with the reasons for the decision]
    # trust.achterberg -1
    # later 2 trust.clinicians -1
    Your email is clear and reasonable and arrives four hours after the email it explains. It gets two replies, both one word long.
- By Tuesday the site team have a defence, and it is a good one: the hospital was at ninety-eight per cent occupancy, with twelve patients waiting in ED for beds. There was no safe alternative.
Janet Cole, at Tuesday's operational meeting: The decision was right. The communication could have been better. That's a process issue, and it's system pressure. # speaker cole neutral # clue organisation
Dr Marsh adds that it would help if "individual surgeons kept an eye on their emails from seven". # clue practice
{open_achterberg:
    Mr Achterberg, who has been invited for the first time, says that surgeons are scrubbing at seven. He says it quite quietly.
- else:
    Theatres are not represented at the meeting.
}
* [Set up a five-minute call between the site team and theatres at 07:30 every day]
    # intervene department
    # trust.achterberg +1
    # skill communication
    A standing five-minute call: the site manager, the theatre coordinator and whichever surgeon is first on. If lists are at risk, they hear it from a person.
* [Change the trust's escalation policy so no list is cancelled without a conversation]
    # intervene organisation
    # trust.executives -1
    # skill understanding
    You propose a rule for the whole trust: OPEL actions that cancel clinical work need a phone call to the clinician in charge before the email. Janet says it will slow things down. You say that is the idea.
* [Ask each surgeon to ring the site team at seven on busy days]
    # intervene practice
    # trust.leaders -1
    You ask surgeons to check in with the site at seven during winter. Some will. The ones who don't will find out the old way.
* {not walkrounds} [Start regular walk-rounds of theatres and the wards with the site team]
    # build walkrounds
    # trust.clinicians +1
    # hours -1
    You propose that every week the site manager, you and a clinician walk the wards and theatres together. Not a meeting: a walk. The site manager says she hasn't been in theatres since her induction.
- {w2_opel_apology:
    On Friday Mrs Okoro's daughter leaves a card at the theatre reception. It thanks "the people who made the phone calls".
- else:
    On Friday the theatre coordinator pins the 07:40 email to the corkboard, with the time circled in red.
}
The next Monday the hospital is at OPEL 3 and the lists run. At 07:40 your phone is quiet, which is either progress or luck.
* [Walk up to theatres at half seven anyway, to see # hours -1]
    # trust.achterberg +1
    # trust.doyle +1
    # skill listening
    Kev is at the lift with the first bed. Mr Achterberg is scrubbing. Nobody needs you, which is the point; they notice that you came.
* [Ask the site team for a note of every list at risk this week]
    # trust.executives +1
    # skill communication
    The site team send a tidy table every morning. It lists beds, risks and lists. It is the first time it has had the surgeons' names on it.
* [Trust the new arrangements and stay at your desk]
    # hours +1
    # later 3 trust.achterberg -1
    You stay at your desk. The new arrangements work on Monday and Tuesday. On Wednesday the site manager is off sick, and her cover has never heard of the call.
- -> scene_end
