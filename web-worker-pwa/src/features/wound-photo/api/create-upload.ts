import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';

export const PresignedUploadSchema = z.object({
  imageKey: z.string().min(1),
  uploadUrl: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional().default({}),
  expiresAt: z.string().optional(),
});
export type PresignedUpload = z.infer<typeof PresignedUploadSchema>;

export function createUpload(input: { contentType: string; contentLength: number }): Promise<PresignedUpload> {
  return apiRequest('/ai/uploads', { method: 'POST', body: input, schema: PresignedUploadSchema });
}
