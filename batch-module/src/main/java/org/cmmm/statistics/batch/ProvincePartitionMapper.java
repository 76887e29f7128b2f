package org.cmmm.statistics.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.cmmm.statistics.boundary.SnapshotWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One partition per province, from the regions in the database; as many run at once as the platform's setting
 * {@code CMMM_STATISTICS_THREADS} says (default 2: the two cores of the reference machine). The plan is always
 * made anew ("override"): on a restart the batch runtime would otherwise need the partition count it saves only
 * when a step ends, which a crash never lets it save; the provinces written before are skipped by the boundary.
 */
@Named
@Dependent
public class ProvincePartitionMapper implements PartitionMapper {

    @Inject
    JobContext job;

    @Inject
    @ConfigProperty(name = "cmmm.statistics.threads", defaultValue = "2")
    int threads;

    @EJB
    SnapshotWriter writer;

    @Override
    public PartitionPlan mapPartitions() {
        long run = SnapshotRuns.runOf(writer, job);
        List<String> provinces = writer.provincesAcrossRegions(run);
        Properties[] properties = new Properties[provinces.size()];
        for (int i = 0; i < provinces.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("province", provinces.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(provinces.size());
        plan.setThreads(Math.max(1, threads));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
