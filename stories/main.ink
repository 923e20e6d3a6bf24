// Common Ground — the story the game loads. One knot per scene; the engine
// chooses which knot to play (see src/engine/schedule.ts).
INCLUDE common.ink
INCLUDE week1/status.ink
INCLUDE week1/location.ink
INCLUDE week1/jargon.ink

-> DONE
