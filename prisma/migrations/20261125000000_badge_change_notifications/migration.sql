-- Running app servers cache what the public verification page and the Open Badges documents show of a badge
-- (lib/badges/snapshot-cache.ts). These triggers tell them, on channel "badge_changes" and only once the change
-- commits, what to forget: a badge id, "user:<id>" for everything of one earner, or "*" for everything.

CREATE FUNCTION badge_changes_notify_ids(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL THEN RETURN; END IF;
  -- A bulk change (an expiry sweep, a merge) costs one message, not thousands.
  IF cardinality(ids) > 100 THEN
    PERFORM pg_notify('badge_changes', '*');
  ELSE
    PERFORM pg_notify('badge_changes', id) FROM unnest(ids) AS id;
  END IF;
END $$;

CREATE FUNCTION badge_changes_from_badges() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM badge_changes_notify_ids(ARRAY(SELECT DISTINCT id::text FROM changed_rows LIMIT 101));
  RETURN NULL;
END $$;

CREATE FUNCTION badge_changes_from_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM badge_changes_notify_ids(ARRAY(SELECT DISTINCT "badgeId"::text FROM changed_rows LIMIT 101));
  RETURN NULL;
END $$;

-- Row triggers on people: TG_ARGV[0] names the column holding the user's id.
CREATE FUNCTION badge_changes_from_earner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('badge_changes', 'user:' || (to_jsonb(NEW) ->> TG_ARGV[0]));
  RETURN NULL;
END $$;

-- Catalogue edits are rare and touch many badges at once.
CREATE FUNCTION badge_changes_everything() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('badge_changes', '*');
  RETURN NULL;
END $$;

CREATE TRIGGER badge_changes_update AFTER UPDATE ON "Badge"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_from_badges();
CREATE TRIGGER badge_changes_delete AFTER DELETE ON "Badge"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_from_badges();
CREATE TRIGGER badge_changes_event AFTER INSERT ON "BadgeEvent"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_from_events();

CREATE TRIGGER badge_changes_user AFTER UPDATE OF email, name ON "User"
  FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email OR OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION badge_changes_from_earner('id');
CREATE TRIGGER badge_changes_profile
  AFTER INSERT OR UPDATE OF "legalFirstName", "legalLastName", "preferredName", "publicSlug", "profilePublic", "linkBadgesToProfile"
  ON "CandidateProfile" FOR EACH ROW EXECUTE FUNCTION badge_changes_from_earner('userId');

CREATE TRIGGER badge_changes_template AFTER UPDATE OR DELETE ON "BadgeTemplate"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_template_skills AFTER INSERT OR DELETE ON "_BadgeTemplateToSkill"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_skill AFTER UPDATE OF name, slug ON "Skill"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_exam AFTER UPDATE OF code, title ON "Exam"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_certification AFTER UPDATE OF code, title, level ON "Certification"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_exam_result AFTER UPDATE OF "takenOn", "examId" ON "ExamResult"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
CREATE TRIGGER badge_changes_earned AFTER UPDATE OF "earnedOn", "certificateNumber", "certificationId" ON "EarnedCertification"
  FOR EACH STATEMENT EXECUTE FUNCTION badge_changes_everything();
