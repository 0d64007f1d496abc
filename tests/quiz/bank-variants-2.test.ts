// Half of the bank (split so the two halves run in parallel); see bank-variants.ts.
import { describeBankSlice } from './bank-variants';

describeBankSlice(1, 2);
