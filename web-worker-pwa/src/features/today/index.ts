export { TodayCard } from './components/TodayCard';
export { useToday, todayQueryKey, localDate, type Today } from './api/get-today';
