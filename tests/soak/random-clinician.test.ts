import { describe } from 'vitest';
import { tenThousandRandomQuarters } from './random.ts';

describe('random play as the clinician', () => tenThousandRandomQuarters('clinician'));
