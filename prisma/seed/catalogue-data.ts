// The demo catalogue: modelled on a real certification program's role-based tracks, fundamentals that never
// expire, specialties, Certiport-delivered office exams, and retired legacy items.

export type ExamSeed = { code: string; title: string; skills: string[]; retiredOn?: string };
export type CertSeed = {
  code: string;
  title: string;
  level: "FUNDAMENTALS" | "ASSOCIATE" | "EXPERT" | "SPECIALTY";
  validityMonths: number | null;
  requirement?: "ONE" | "ALL" | "ANY_N";
  requiredCount?: number;
  exams: string[];
  retiredOn?: string;
  /** Legacy items never had a badge. */
  noBadge?: boolean;
};

export const exams: ExamSeed[] = [
  { code: "AZ-900", title: "Cloud Fundamentals", skills: ["Cloud concepts", "Cloud pricing and support"] },
  {
    code: "AI-900",
    title: "AI Fundamentals",
    skills: ["Machine learning", "Computer vision", "Natural language processing"],
  },
  { code: "DP-900", title: "Data Fundamentals", skills: ["Relational data", "Non-relational data", "Data analytics"] },
  {
    code: "SC-900",
    title: "Security, Compliance, and Identity Fundamentals",
    skills: ["Identity and access", "Security operations", "Compliance"],
  },
  { code: "MS-900", title: "Productivity Cloud Fundamentals", skills: ["Cloud concepts", "Collaboration tools"] },
  { code: "PL-900", title: "Low-Code Platform Fundamentals", skills: ["Low-code apps", "Process automation"] },
  {
    code: "AZ-104",
    title: "Cloud Administrator",
    skills: ["Cloud administration", "Virtual networking", "Identity and access", "Storage"],
  },
  {
    code: "AZ-103",
    title: "Cloud Administrator (previous edition)",
    skills: ["Cloud administration", "Storage"],
    retiredOn: "2020-08-31",
  },
  { code: "AZ-204", title: "Developing Cloud Solutions", skills: ["Cloud development", "Serverless", "Storage"] },
  {
    code: "AZ-305",
    title: "Designing Cloud Infrastructure Solutions",
    skills: ["Solution architecture", "Cloud administration", "Business continuity"],
  },
  {
    code: "AZ-400",
    title: "Designing and Implementing DevOps Solutions",
    skills: ["DevOps", "Continuous delivery", "Source control"],
  },
  {
    code: "AZ-500",
    title: "Cloud Security Technologies",
    skills: ["Cloud security", "Identity and access", "Security operations"],
  },
  {
    code: "AZ-700",
    title: "Designing and Implementing Cloud Networking",
    skills: ["Virtual networking", "Network security"],
  },
  {
    code: "AZ-800",
    title: "Administering Hybrid Server Core Infrastructure",
    skills: ["Server administration", "Hybrid identity"],
  },
  {
    code: "AZ-801",
    title: "Configuring Hybrid Server Advanced Services",
    skills: ["Server administration", "Business continuity"],
  },
  {
    code: "AZ-120",
    title: "Planning and Administering the Cloud for ERP Workloads",
    skills: ["ERP workloads", "Cloud administration"],
  },
  {
    code: "AZ-140",
    title: "Configuring and Operating Virtual Desktops",
    skills: ["Virtual desktops", "Identity and access"],
  },
  {
    code: "AI-102",
    title: "Designing and Implementing an AI Solution",
    skills: ["Machine learning", "Natural language processing", "Computer vision"],
  },
  {
    code: "DP-100",
    title: "Designing and Implementing a Data Science Solution",
    skills: ["Machine learning", "Data science"],
  },
  {
    code: "DP-203",
    title: "Data Engineering on the Cloud",
    skills: ["Data engineering", "Data pipelines"],
    retiredOn: "2025-03-31",
  },
  {
    code: "DP-300",
    title: "Administering Relational Databases",
    skills: ["Relational data", "Database administration"],
  },
  { code: "DP-600", title: "Implementing Analytics Solutions", skills: ["Data analytics", "Data engineering"] },
  { code: "SC-200", title: "Security Operations Analyst", skills: ["Security operations", "Threat detection"] },
  { code: "SC-300", title: "Identity and Access Administrator", skills: ["Identity and access", "Hybrid identity"] },
  {
    code: "MS-102",
    title: "Productivity Cloud Administrator",
    skills: ["Collaboration tools", "Identity and access", "Compliance"],
  },
  { code: "PL-300", title: "Data Analyst", skills: ["Data analytics", "Data visualisation"] },
  {
    code: "PL-400",
    title: "Low-Code Platform Developer",
    skills: ["Low-code apps", "Process automation", "Cloud development"],
  },
  { code: "MO-100", title: "Word Processing (Office Apps)", skills: ["Document production"] },
  { code: "MO-200", title: "Spreadsheets (Office Apps)", skills: ["Spreadsheets", "Data visualisation"] },
  { code: "MO-300", title: "Presentations (Office Apps)", skills: ["Presentations"] },
  {
    code: "74-343",
    title: "Managing Projects with Project Software",
    skills: ["Project management"],
    retiredOn: "2019-07-31",
  },
  {
    code: "70-533",
    title: "Implementing Cloud Infrastructure Solutions",
    skills: ["Cloud administration"],
    retiredOn: "2019-03-31",
  },
  {
    code: "MB2-716",
    title: "CRM Customization and Configuration",
    skills: ["CRM configuration"],
    retiredOn: "2019-12-31",
  },
];

export const certifications: CertSeed[] = [
  {
    code: "CLOUD-FUNDAMENTALS",
    title: "Certified: Cloud Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["AZ-900"],
  },
  {
    code: "AI-FUNDAMENTALS",
    title: "Certified: AI Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["AI-900"],
  },
  {
    code: "DATA-FUNDAMENTALS",
    title: "Certified: Data Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["DP-900"],
  },
  {
    code: "SECURITY-FUNDAMENTALS",
    title: "Certified: Security, Compliance, and Identity Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["SC-900"],
  },
  {
    code: "PRODUCTIVITY-FUNDAMENTALS",
    title: "Certified: Productivity Cloud Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["MS-900"],
  },
  {
    code: "LOWCODE-FUNDAMENTALS",
    title: "Certified: Low-Code Platform Fundamentals",
    level: "FUNDAMENTALS",
    validityMonths: null,
    exams: ["PL-900"],
  },
  {
    code: "CLOUD-ADMINISTRATOR",
    title: "Certified: Cloud Administrator Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["AZ-104", "AZ-103"],
  },
  {
    code: "CLOUD-DEVELOPER",
    title: "Certified: Cloud Developer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["AZ-204"],
  },
  {
    code: "SOLUTIONS-ARCHITECT",
    title: "Certified: Cloud Solutions Architect Expert",
    level: "EXPERT",
    validityMonths: 12,
    exams: ["AZ-305"],
  },
  {
    code: "DEVOPS-ENGINEER",
    title: "Certified: DevOps Engineer Expert",
    level: "EXPERT",
    validityMonths: 12,
    exams: ["AZ-400"],
  },
  {
    code: "SECURITY-ENGINEER",
    title: "Certified: Cloud Security Engineer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["AZ-500"],
  },
  {
    code: "NETWORK-ENGINEER",
    title: "Certified: Cloud Network Engineer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["AZ-700"],
  },
  {
    code: "HYBRID-SERVER-ADMIN",
    title: "Certified: Hybrid Server Administrator Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    requirement: "ALL",
    exams: ["AZ-800", "AZ-801"],
  },
  {
    code: "ERP-WORKLOADS",
    title: "Certified: Cloud for ERP Workloads Specialty",
    level: "SPECIALTY",
    validityMonths: 12,
    exams: ["AZ-120"],
  },
  {
    code: "VIRTUAL-DESKTOP",
    title: "Certified: Virtual Desktop Specialty",
    level: "SPECIALTY",
    validityMonths: 12,
    exams: ["AZ-140"],
  },
  {
    code: "AI-ENGINEER",
    title: "Certified: AI Engineer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["AI-102"],
  },
  {
    code: "DATA-SCIENTIST",
    title: "Certified: Data Scientist Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["DP-100"],
  },
  {
    code: "DATA-ENGINEER",
    title: "Certified: Data Engineer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["DP-203"],
    retiredOn: "2025-03-31",
  },
  {
    code: "DATABASE-ADMINISTRATOR",
    title: "Certified: Database Administrator Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["DP-300"],
  },
  {
    code: "ANALYTICS-ENGINEER",
    title: "Certified: Analytics Engineer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["DP-600"],
  },
  {
    code: "SECURITY-OPERATIONS",
    title: "Certified: Security Operations Analyst Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["SC-200"],
  },
  {
    code: "IDENTITY-ADMIN",
    title: "Certified: Identity and Access Administrator Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["SC-300"],
  },
  {
    code: "PRODUCTIVITY-ADMIN",
    title: "Certified: Productivity Cloud Administrator Expert",
    level: "EXPERT",
    validityMonths: 12,
    exams: ["MS-102"],
  },
  {
    code: "DATA-ANALYST",
    title: "Certified: Data Analyst Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["PL-300"],
  },
  {
    code: "LOWCODE-DEVELOPER",
    title: "Certified: Low-Code Platform Developer Associate",
    level: "ASSOCIATE",
    validityMonths: 12,
    exams: ["PL-400"],
  },
  {
    code: "OFFICE-SPECIALIST",
    title: "Office Specialist: Associate",
    level: "ASSOCIATE",
    validityMonths: null,
    requirement: "ANY_N",
    requiredCount: 2,
    exams: ["MO-100", "MO-200", "MO-300"],
  },
  {
    code: "CLOUD-PLATFORM-LEGACY",
    title: "Solutions Associate: Cloud Platform (legacy)",
    level: "ASSOCIATE",
    validityMonths: null,
    exams: ["70-533"],
    retiredOn: "2019-03-31",
    noBadge: true,
  },
];

/** Exams that are excluded from the badge program outright (the program's published exceptions). */
export const excludedFromBadges = ["74-343"];
/** Legacy exams that never had a badge. */
export const legacyWithoutBadge = ["MB2-716", "70-533", "AZ-103"];
