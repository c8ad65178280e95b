-- Compliance: refusals and counter supplement requests whose reason says
-- nothing (Compliance::isBlankReason: empty, shorter than 10 characters, or
-- a stock phrase once folded and stripped of punctuation). A supplement
-- request whose missing documents carry specific reasons is not blank.
-- Columns: dossier id (0), outcome id, code (''), unit, applicant, at,
-- outcome kind, reason.
-- Binds: start, end, {{unit}} values, phrases, phrases (the stock phrases
-- joined by '|'). Fragment: {{unit}} over o.
SELECT 0, o.id, '', u.name, o.applicant_name, o.at, o.kind, o.reason
FROM intake_outcomes o
JOIN units u ON u.id = o.unit_id
WHERE o.at >= ? AND o.at < ? AND {{unit}}
  AND (char_length(btrim(coalesce(o.reason, ''))) < 10
       OR motcua_fold(regexp_replace(coalesce(o.reason, ''), '[[:punct:]]', '', 'g'))
          = ANY (string_to_array(?, '|')))
  AND (o.kind = 'refused'
       OR NOT EXISTS (
           SELECT FROM jsonb_array_elements(o.missing) m
           WHERE NOT (char_length(btrim(coalesce(m ->> 'reason', ''))) < 10
                      OR motcua_fold(regexp_replace(coalesce(m ->> 'reason', ''), '[[:punct:]]',
                                                    '', 'g'))
                         = ANY (string_to_array(?, '|')))))
ORDER BY o.at
