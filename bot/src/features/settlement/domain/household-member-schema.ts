import { z } from 'zod';
import { isoDateField } from './schema-fields.js';
import { optionalText, singleLineText } from '../../../kernel/text-field.js';

/** Longest full name accepted. */
export const MAX_NAME_LENGTH = 200;

/** Most guardians one child can be linked to. */
export const MAX_GUARDIANS = 4;

const yesNo = (label: string) => z.boolean({ error: `${label} må være ja eller nei` }).default(false);

/** Known needs of one member; missing flags mean "no". */
export const memberNeedsSchema = z
  .object(
    {
      healthFollowUp: yesNo('Helseoppfølging'),
      adaptedHousing: yesNo('Tilrettelagt bolig'),
      specialSupport: yesNo('Spesialpedagogisk tilrettelegging'),
      interpreterLanguage: optionalText(singleLineText({ label: 'Tolkespråk', max: 60 })).refine(
        (value) => value === undefined || /^[\p{L}][\p{L} ()-]*$/u.test(value),
        { error: 'Tolkespråk kan bare inneholde bokstaver, mellomrom, bindestrek og parentes' },
      ),
    },
    { error: 'Behov må være et objekt' },
  )
  .default({ healthFollowUp: false, adaptedHousing: false, specialSupport: false });

/** One household member as the registration form sends it (checks across members come later). */
export const householdMemberSchema = z.object(
  {
    personId: z.uuid({ error: 'Person-ID må være en UUID' }),
    fullName: singleLineText({ label: 'Navnet', max: MAX_NAME_LENGTH }),
    birthDate: isoDateField('Fødselsdato må være en gyldig dato (ÅÅÅÅ-MM-DD)'),
    role: z.enum(['adult', 'child'], { error: 'Rolle må være voksen eller barn' }),
    guardianIds: z
      .array(z.uuid({ error: 'Foresatt må oppgis med person-ID' }), { error: 'Foresatte må være en liste' })
      .max(MAX_GUARDIANS, { error: `Et barn kan ha høyst ${MAX_GUARDIANS} foresatte` })
      .default([]),
    needs: memberNeedsSchema,
  },
  { error: 'Hver person må være et objekt' },
);
