// Common Ground — the story the game loads. One knot per scene; the engine
// chooses which knot to play (see SCHEDULE in src/engine/rules/quarter.ts).
INCLUDE common.ink
INCLUDE week1/status.ink
INCLUDE week1/location.ink
INCLUDE week1/jargon.ink
INCLUDE week2/opel.ink
INCLUDE week2/rota.ink
INCLUDE week3/clinic.ink
INCLUDE week3/system_board.ink
INCLUDE week4/survey.ink
INCLUDE week4/app.ink
INCLUDE week5/move.ink
INCLUDE week5/paired.ink
INCLUDE week6/utilisation.ink
INCLUDE week6/outliers.ink
INCLUDE week7/assurance.ink
INCLUDE week7/cip.ink
INCLUDE week8/nights.ink
INCLUDE week8/safe.ink
INCLUDE places/ward.ink
INCLUDE places/ed.ink
INCLUDE places/theatres.ink
INCLUDE places/clinic.ink
INCLUDE places/finance.ink
INCLUDE places/exec.ink
INCLUDE places/cafe.ink
INCLUDE quarter/review.ink
INCLUDE quarter/month.ink
INCLUDE quarter/endings.ink

-> DONE
