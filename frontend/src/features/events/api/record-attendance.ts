import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { Attendance, AttendanceInput } from '../types';
import { eventKeys } from './query-keys';

export interface RecordAttendanceVariables {
  eventId: string;
  /** The occurrence's date as the schedule gives it, even if it was moved. */
  date: string;
  input: AttendanceInput;
}

/**
 * `PUT /api/v1/events/{eventId}/occurrences/{date}/attendance` — admins and organisers of the
 * event's place record (or correct) who came. Refused for an occurrence that has not started
 * or was cancelled (409), and for a date the schedule does not give (404).
 */
export async function recordAttendance({ eventId, date, input }: RecordAttendanceVariables): Promise<Attendance> {
  return sendForData(
    api().PUT('/api/v1/events/{eventId}/occurrences/{date}/attendance', {
      params: { path: { eventId, date } },
      body: input,
    }),
  );
}

export function recordAttendanceMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: [...eventKeys.all, 'attendance'],
    mutationFn: recordAttendance,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.occurrences() });
    },
  });
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation(recordAttendanceMutationOptions(queryClient));
}
