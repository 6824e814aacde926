-- Support's name search reads only CandidateProfile.searchText; merged accounts' profiles leave it, as merges now
-- do when they happen (lib/support/merge-accounts.ts).
UPDATE "CandidateProfile" p SET "searchText" = ''
FROM "User" u
WHERE u.id = p."userId" AND u.status = 'MERGED' AND p."searchText" <> '';
