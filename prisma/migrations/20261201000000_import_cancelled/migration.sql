-- An admin can cancel a queued or running import (chunks committed before it stay).
-- AlterEnum
ALTER TYPE "ImportStatus" ADD VALUE 'CANCELLED';
