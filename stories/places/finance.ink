// Map encounter: a visit to the finance office (formal: quick and filtered; Marcus Webb opens up with trust).

=== enc_finance ===
# title Finance office
# barrier jargon
# place finance
# day Monday
{
- week <= 3:
    The finance office: eleven desks, twenty-two screens, a fern that someone waters with cold coffee, and Marcus Webb in the corner with the medicine spreadsheet open, as always.
- week <= 5:
    The finance office in month-end week. Nobody looks up. A printed sign on the door says QUIET PLEASE: FORECAST, as if the forecast might hear.
- else:
    The finance office late in the quarter. The winter run-rate is on a whiteboard in red and somebody has drawn a small sad face next to it.
}
{colocated:
    Finance is in the main block now, in the old seminar rooms next to theatres. Nurses walk past the door on their way to the café, and some of them have started to come in.
- else:
    {role == "clinician":
        It took you half an hour to get here from the wards, across the car park and the ring road. Riverside House feels like a different organisation, because it is.
    }
}
Marcus looks up and smiles. Marcus always smiles. # speaker webb pleased
{open_webb:
    {pressing:
    - "organisation":
        Off the record? Every budget here is set from the top, by formula, and then we spend all year explaining to the wards why the formula doesn't fit them. # speaker webb worried # clue organisation
    - "department":
        Off the record? Medicine's the division that never engages. Surgery sends consultants to budget meetings. Medicine sends apologies. # speaker webb worried # clue department
    - else:
        Off the record? It's the individual decisions. One consultant's locum habit costs more than a whole ward's agency. Nobody sees it because nobody looks at it person by person. # speaker webb worried # clue practice
    }
- else:
    The run-rate is challenging, he says, and the forecast outturn is "a conversation". He is friendly and tells you nothing you could not have read in the monthly report. # speaker webb neutral
}
+ [Ask Marcus to walk you through the medicine numbers, slowly]
    # trust.webb +2
    # skill listening
    He is delighted. Nobody has asked him to go slowly before. He shows you where the money goes, line by line, and where it leaks.
    {role == "clinician":
        Half of it is in words you do not use. You ask about some and nod at others.
    - else:
        You know all the words. It is the first time you have seen which ward each number is.
    }
+ [Ask what a clinician could do that would help finance most]
    # trust.webb +1
    # skill understanding
    Come to the budget meeting, he says. Just come. We'd change the plan if we knew what it did on a ward.
+ [Press Marcus to release money for extra nurses this winter]
    # budget -2
    # trust.clinicians +1
    # trust.webb -1
    He says he'll "explore what's possible", which means he will try, and that it will come out of something else.
- {open_webb && week >= 5:
    As you leave, Marcus says quietly that he would love to see a ward shift, one day. Nobody has ever asked him.
}
+ {arc_shadowing == 0 && role == "clinician"} [Arrange to shadow Marcus's team through a month-end]
    # arc shadowing
    # trust.webb +2
    # skill understanding
    You book two afternoons of month-end with Marcus. He prints you a glossary. You do not tell him you will need it.
+ {arc_paired == 0} [Pair a finance partner with a ward sister for the rest of the year]
    # arc paired
    # trust.webb +1
    # skill communication
    You suggest Marcus pairs with Grace Okafor: a monthly meeting, a shift each on the other's patch, one joint project. Marcus says yes. Grace, when you ask her, says she will if he brings the biscuits.
+ [Ask finance to set medicine's budget with the division, not for it]
    # intervene department
    # trust.webb +1
    Marcus likes it. The division's consultants will have to turn up. That is the hard part.
+ [Ask finance to show each consultant their own spending, monthly]
    # intervene practice
    # trust.leaders -1
    A monthly statement, per consultant, of what their decisions cost. It will be read as surveillance by some and as information by others.
+ [Ask the board to change how budgets are set trust-wide]
    # intervene organisation
    # trust.executives -1
    You suggest the formula itself is the problem. Marcus says he agrees and that the director of finance will not.
- -> scene_end
