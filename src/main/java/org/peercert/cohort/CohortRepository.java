package org.peercert.cohort;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select distinct c from Cohort c left join c.coTrainers t where c.createdBy = :userId or t = :userId order by c.startsOn desc, c.id desc")
    List<Cohort> runBy(long userId);

    List<Cohort> findAllByOrderByStartsOnDescIdDesc();
}
