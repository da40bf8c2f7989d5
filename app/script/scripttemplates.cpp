// The Script page's templates.
#include "app/script/scripttemplates.h"

namespace Patagon {

QList<ScriptTemplate> ScriptTemplates::all()
{
    return {
        {tr("The tutorial's job (MiTareaML)"),
         "#!/bin/bash\n"
         "#SBATCH -J MiTareaML\n"
         "#SBATCH -p gpu\n"
         "#SBATCH --gres=gpu:A100:1\n"
         "#SBATCH -o MiTareaML-%j.out\n"
         "#SBATCH -e MiTareaML-%j.err\n"
         "\n"
         "srun --container-name=pytorch python mi_programa.py\n"},
        {tr("CPU job"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=cpu-job\n"
         "#SBATCH --partition=cpu\n"
         "#SBATCH --cpus-per-task=4\n"
         "#SBATCH --mem=8G\n"
         "#SBATCH --time=01:00:00\n"
         "#SBATCH --output=cpu-job-%j.out\n"
         "\n"
         "srun python3 analyse.py\n"},
        {tr("GPU job in a container"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=gpu-job\n"
         "#SBATCH --partition=gpu\n"
         "#SBATCH --gres=gpu:A100:1\n"
         "#SBATCH --time=04:00:00\n"
         "#SBATCH --output=gpu-job-%j.out\n"
         "\n"
         "# The container options go on the srun line: in an #SBATCH line they would put the\n"
         "# whole script in the container, where there is no srun.\n"
         "srun --container-image='nvcr.io#nvidia/pytorch:24.05-py3' --container-name=pytorch \\\n"
         "    python train.py\n"},
        {tr("Job array"),
         "#!/bin/bash\n"
         "#SBATCH --job-name=sweep\n"
         "#SBATCH --partition=cpu\n"
         "#SBATCH --array=0-15%4\n"
         "#SBATCH --time=30\n"
         "#SBATCH --output=sweep-%A_%a.out\n"
         "\n"
         "srun python3 run.py --task \"$SLURM_ARRAY_TASK_ID\"\n"},
    };
}

} // namespace Patagon
